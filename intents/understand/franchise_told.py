"""A show the talk places in a franchise without naming it, which the question then points at: "my partner
says the actor playing charlie is joining a marvel show. when does it come out?", "joe locke is doing some
mcu project now?? when does that one premiere", "the heartstopper guy is in marvel now. what's the show
called". The question's pointer ("it", "that one", "the show") stands for "the marvel show", which the
description readers then find (intents.understand.described_subjects); never the show the talk named to say
who the person is ("the heartstopper guy"), nor the default show.
"""

from __future__ import annotations

from intents.title_words import FRANCHISES

# An article before the franchise's show: "a marvel show", "some mcu project", "the whole marvel thing".
_ARTICLES = frozenset("a an the some this that".split())
# Nouns a franchise's show is called by in talk.
_SHOW_NOUNS = frozenset("show shows series project programme program thing things stuff one".split())
_DESCRIBING_REACH = 3  # words between the article and the noun: "a new marvel tv show"
# Words before a franchise named alone that place someone in it: "is in marvel", "joining the mcu".
_PLACING = frozenset("in into joining joined joins join to for".split())

# The question's ways of pointing at a show: one word, or a determiner and a show noun.
_POINTING_WORDS = frozenset({"it", "its"})
_POINTING_DETERMINERS = frozenset({"that", "this", "the"})
_POINTED_NOUNS = frozenset("show series one programme program thing project".split())


def franchise_show_told(talk: list[str]) -> list[str] | None:
    """ "the marvel show" for the last show the talk places in a franchise ("a marvel series", "the whole
    mcu thing", "is in marvel now"); None when the talk places none."""
    for at in range(len(talk) - 1, -1, -1):
        word = talk[at]
        if word not in FRANCHISES:
            continue
        if _described_show(talk, at) or (at > 0 and _placed(talk, at)):
            return ["the", word, "show"]
    return None


def _described_show(talk: list[str], at: int) -> bool:
    """The franchise word stands inside "<article> ... <franchise> ... <show noun>"."""
    before = talk[max(0, at - _DESCRIBING_REACH) : at]
    after = talk[at + 1 : at + 1 + _DESCRIBING_REACH]
    return not _ARTICLES.isdisjoint(before) and not _SHOW_NOUNS.isdisjoint(after)


def _placed(talk: list[str], at: int) -> bool:
    """ "in marvel", "joining the mcu": someone placed in the franchise itself."""
    before = talk[at - 2 : at] if talk[at - 1] == "the" else talk[at - 1 : at]
    return bool(before) and before[0] in _PLACING


def pointer_span(tokens: list[str]) -> tuple[int, int] | None:
    """Where the question points at a show without naming it: "it", "that one", "the show"; None when it
    does not."""
    for at, word in enumerate(tokens):
        if word in _POINTING_WORDS:
            return at, at + 1
        if word in _POINTING_DETERMINERS and tokens[at + 1 : at + 2] and tokens[at + 1] in _POINTED_NOUNS:
            return at, at + 2
    return None


def with_franchise_show(tokens: list[str], talk: list[str]) -> list[str] | None:
    """The question with its pointer replaced by the franchise's show the talk placed someone in; None when
    the question points at nothing or the talk places nobody in a franchise."""
    span = pointer_span(tokens)
    described = franchise_show_told(talk) if span is not None else None
    if span is None or described is None:
        return None
    start, end = span
    possessive = ["s"] if tokens[start] == "its" else []
    return [*tokens[:start], *described, *possessive, *tokens[end:]]
