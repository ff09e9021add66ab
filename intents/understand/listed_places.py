"""A place in the list of shows the last answer gave: "when does the last one come out", "what network is the
first one on", "who else is in the latter" after "which shows is joe locke in" mean the show at that place
(the people an answer listed are read in ordinals.py)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold
from intents.understand.ordinals import list_place

_NOUNS = frozenset("one show series title".split())
_LISTED = 2
_ALONE = frozenset({"latter", "former"})


def place_in_listed_shows(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the second (one)" or "the latter" replaced by the title at that place among the shows
    the last answer listed; unchanged when it listed fewer than two, or when it was about a season ("the
    first one" is then a season)."""
    last = conv.last
    if last is None or len(last.listed) < _LISTED or any(kind == "season" for kind, _s, _e in last.slots):
        return tokens
    for at in range(len(tokens) - 1):
        if tokens[at] != "the" or (place := list_place(tokens[at + 1], len(last.listed))) is None:
            continue
        noun = tokens[at + 2 : at + 3]
        # "the first two seasons", "the last episode": only "one", "show" or nothing after the place (or a
        # word that is never a number's, "the latter") make it one of the shows.
        if noun and noun[0] not in _NOUNS and tokens[at + 1] not in _ALONE:
            continue
        show = kb.shows.get(last.listed[place])
        if show is None:
            continue
        end = at + 2 + (noun != [] and noun[0] in _NOUNS)
        return [*tokens[:at], *fold(show.title).split(), *tokens[end:]]
    return tokens
