"""What "that" was when a fan sets the value just given against another: "how many bafta noms did hs get"
... "is that more than its emmy noms" compares the BAFTA count, not the show; "what's hs rated on rotten
tomatoes" (both scores) ... "is that higher than the audience score" is the critics score. The words name
the value after the show the pronoun stands for, so the comparison reads as if the fan had said them."""

from __future__ import annotations

from intents.dialogue import Conversation

# Words that end the counted noun after "how many": a verb, a preposition, a pronoun or a question's end.
_COUNT_ENDS = frozenset(
    """did does do has have had is are was were got get gets won win in on for at of from by with it its
    they them he she this that the so""".split()
)
_MAX_COUNTED = 3
# The two sides of a score, by the words a fan says for each.
_CRITICS = frozenset("critics critic tomatometer reviewers".split())
_AUDIENCE = frozenset("audience audiences fans viewers users popcorn people".split())


def value_words(tail: list[str], conv: Conversation) -> list[str]:
    """The words naming the value the last answer gave, for a "that" compared with `tail` (the words after
    "that"); empty when the last question asked no count and the comparison names no side of a score."""
    last = conv.last
    if last is None or last.kind != "answer" or "than" not in tail[:3]:
        return []  # "is it even higher with audiences" sets the show's two scores against each other
    asked = list(last.tokens)
    said = set(tail)
    if said & _AUDIENCE and not said & _CRITICS:
        return [] if set(asked) & _AUDIENCE else ["critics", "score"]
    if said & _CRITICS and not said & _AUDIENCE:
        return [] if set(asked) & _CRITICS else ["audience", "score"]
    for at in range(len(asked) - 2):
        if asked[at : at + 2] == ["how", "many"]:
            counted: list[str] = []
            for word in asked[at + 2 :]:
                if word in _COUNT_ENDS or len(counted) == _MAX_COUNTED:
                    break
                counted.append(word)
            return counted
    return []
