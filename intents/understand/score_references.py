"""'is that more than the audience score?': "that" is the score the last answer gave, so it stands for that
side ("the critics score") and the question compares the two sides of the same show."""

from __future__ import annotations

from intents.dialogue import Conversation

# Which score each word names, as fans say it.
_SIDES = {
    **dict.fromkeys(("critics", "critic", "reviewers", "critical", "tomatometer"), "critics"),
    **dict.fromkeys(("audience", "audiences", "fans", "viewers", "popcornmeter"), "audience"),
}
_POINTERS = frozenset({"that", "it", "this", "thats", "its"})
_COMPARATIVES = frozenset("more less higher lower bigger smaller better worse".split())


def last_score_named(tokens: list[str], conv: Conversation) -> list[str]:
    """The tokens with "that" before a comparison with one side's score replaced by the other side's score,
    the one the last answer gave; unchanged when the last answer was not one side's score."""
    last = conv.last
    if last is None or last.intent != "ratings":
        return tokens
    given = {_SIDES[w] for w in last.tokens if w in _SIDES}
    at = next(
        (i for i, w in enumerate(tokens[:-2]) if w in _POINTERS and tokens[i + 1] in _COMPARATIVES), None
    )
    if at is None or len(given) != 1 or "than" not in tokens[at + 2 : at + 4]:
        return tokens
    compared = {_SIDES[w] for w in tokens[at + 2 :] if w in _SIDES}
    if compared != {"critics", "audience"} - given:
        return tokens  # "is that more than s1 had?": another season, not the other side
    side = next(iter(given))
    pointer = ["the", side, "score", "is"] if tokens[at] in ("thats", "its") else ["the", side, "score"]
    return [*tokens[:at], *pointer, *tokens[at + 1 :]]
