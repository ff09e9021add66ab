"""'they' and 'them' in a question meaning what the talk before it named: "didn't expect it to get bafta noms.
what were they for?" asks what the BAFTA nominations were for; "i read the books first. who wrote them?" who
wrote the books. Only things a fact is held about (nominations, episodes, books, scores) are meant: people
("nick and charlie ... when do they come back") are left to the readers of people."""

from __future__ import annotations

import re

from intents.ordinary_words import everyday
from intents.text import STOPWORDS, fold
from intents.title_words import POINTING_MODIFIERS

# Things of a show named in the plural that a question may ask about with "they"/"them".
_PLURAL_THINGS = frozenset(
    """noms nominations nominees awards wins episodes eps seasons books novels scores ratings reviews
    premieres dates""".split()
)
_PRONOUN = re.compile(r"\b(?:they|them)\b", re.IGNORECASE)
# "how many" with no thing counted before its verb: "how many did it get in the end?".
_BARE_COUNT = re.compile(r"\bhow many(?=\s+(?:did|does|do|has|have|had|will|would|is|are|was|were)\b)", re.I)
_AMOUNTS = frozenset("more most fewer few all both".split())  # how much of it, never what is counted
_MAX_MODIFIERS = 2  # "bafta noms", "the first two seasons"


def _thing_named_last(talk: str) -> str | None:
    """The last plural thing the talk names, with the words that say which ("bafta noms"), or None."""
    words = fold(talk).split()
    for at in range(len(words) - 1, -1, -1):
        if words[at] not in _PLURAL_THINGS:
            continue
        start = at
        while (
            start > 0
            and at - start < _MAX_MODIFIERS
            and words[start - 1] not in STOPWORDS
            and (not everyday(words[start - 1]) or words[start - 1] in POINTING_MODIFIERS)
        ):
            start -= 1
        return " ".join(words[start : at + 1])
    return None


def with_thing_named_before(asked: str, talk: str) -> str:
    """The question with its one "they"/"them" replaced by the plural thing the talk before it named last
    ("what were they for?" -> "what were the bafta noms for?"); the question as it is otherwise."""
    if not talk:
        return asked
    counted = _BARE_COUNT.search(asked)
    if counted is not None and (thing := _thing_named_last(talk)) is not None:
        # "... deserved more bafta nominations? how many did it get": the count is of the thing named
        counted_thing = " ".join(w for w in thing.split() if w not in _AMOUNTS)  # "more bafta noms"
        return f"{asked[: counted.end()]} {counted_thing}{asked[counted.end() :]}"
    pronouns = _PRONOUN.findall(asked)
    if len(pronouns) != 1:
        return asked
    thing = _thing_named_last(talk)
    return asked if thing is None else _PRONOUN.sub(f"the {thing}", asked, count=1)
