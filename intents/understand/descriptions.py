"""Someone described before the question about them: "and the director of the earlier seasons, what has that
person worked on?" asks "what has the director of the earlier seasons worked on?", not about the person the
conversation named last."""

from __future__ import annotations

from collections.abc import Callable

from intents.dialogue import Conversation
from intents.resolve import Resolution

Link = Callable[[list[str]], Resolution]

_OPENERS = frozenset("and so ok okay also but now then oh".split())
# Heads of a description of someone by what they do or are on the show.
_HEADS = frozenset(
    """director directors creator creators writer writers showrunner author producer lead main star""".split()
)
_ASKS = frozenset(
    "what whats when whens where wheres who whos which how is are was were did does do has have can".split()
)
# Words that stand for the person described: "that person", "that guy", "he", "they".
_ONE_WORD = frozenset("he she they him them".split())
_TWO_WORDS = frozenset(
    (that, noun)
    for that in ("that", "this", "the")
    for noun in ("person", "guy", "one", "woman", "man", "director", "creator", "writer")
)
_SHORTEST = 3  # words of a description: "the lead actor"


def front_description(tokens: list[str]) -> list[str]:
    """The question with a description that comes first put where its stand-in stands ("the creator, what
    else has he done" -> "what else has the creator done"); unchanged when it doesn't start that way."""
    start = 0
    while start < len(tokens) and tokens[start] in _OPENERS:
        start += 1
    if tokens[start : start + 1] != ["the"] or tokens[start + 1 : start + 2] == []:
        return tokens
    role = _role_done(tokens[start + 1 : start + 4])
    if tokens[start + 1] not in _HEADS and role is None:
        return tokens
    after = start + (5 if role is not None else 2)  # "the guy who did": its "who" asks nothing
    ask = next((k for k in range(after, len(tokens)) if tokens[k] in _ASKS), None)
    if ask is None or ask - start < _SHORTEST - 1:
        return tokens
    description, rest = tokens[start:ask], tokens[ask:]
    if role is not None:
        # "the guy who did the first two seasons, what else has he done": the role noun said plainly.
        done = tokens[start + 4 : ask]
        if not done or done[-1] in ("it", "that", "this", "show"):
            return tokens  # "the woman who created it": left to the pronouns
        description = ["the", role, "of", *done]
    for at in range(1, len(rest)):
        if tuple(rest[at : at + 2]) in _TWO_WORDS:
            return [*tokens[:start], *rest[:at], *description, *rest[at + 2 :]]
        if rest[at] in _ONE_WORD:
            return [*tokens[:start], *rest[:at], *description, *rest[at + 1 :]]
    return tokens


_PERSON_NOUNS = frozenset("guy person one woman man dude lady girl people guys ones actor actress".split())
_DID = frozenset("did does do made handled ran directed wrote was were".split())
# The role a verb of making says: "the guy who directed ..." is its director.
_ROLE_OF_VERB = {"did": "director", "directed": "director", "handled": "director", "helmed": "director",
                 "wrote": "writer", "created": "creator", "made": "creator", "ran": "showrunner"}  # fmt: skip


def _role_done(words: list[str]) -> str | None:
    """The role in "guy who directed", "person that made" (a person noun, who/that, a verb), or None."""
    if len(words) < 3 or words[0] not in _PERSON_NOUNS or words[1] not in ("who", "that"):
        return None
    return _ROLE_OF_VERB.get(words[2])


def who_did_season(fragment: list[str], conv: Conversation, link: Link) -> list[str] | None:
    """ "the guy who did the first two seasons" after "who directed season 3" (questions back, maybe) is that
    question about those seasons; None when the fragment isn't such a description or nothing asked it."""
    if len(fragment) < 5 or fragment[0] != "the" or fragment[1] not in _PERSON_NOUNS:
        return None
    if fragment[2] not in ("who", "that") or fragment[3] not in _DID:
        return None
    season = link(fragment[4:]).season
    if season is None or season.number is None:
        return None
    for turn in reversed(conv.turns):
        span = next(((s, e) for kind, s, e in turn.slots if kind == "season"), None)
        if not turn.aside and span is not None and turn.person_id is not None:
            return [*turn.tokens[: span[0]], "season", str(season.number), *turn.tokens[span[1] :]]
    return None
