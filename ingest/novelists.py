"""The author of the book a show is made from, in wordings the crew reader misses: the author's name used as
the book's describing word ("comes from the Min Jin Lee novel of the same name", "the series adaptation of
the Rick Riordan book series"), and the author described at length after "novels of" ("drawn from the
original novels of Wyoming resident and former law enforcement officer Craig Johnson")."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PERSON
from ingest.sentences import Sentence

_BOOK = r"(?:novels?|books?|book series|memoir|graphic novels?|short stor(?:y|ies))"
_NAME_AS_WORD = re.compile(
    rf"\b(?:[Bb]ased on|comes from|adapted from|adaptation of|drawn from|inspired by) the ({PERSON})"
    rf" {_BOOK}\b"
)
# "novels of Wyoming resident and former deputy Craig Holloway": up to eight words describing the author,
# then the name, which ends the phrase.
_DESCRIBED_AUTHOR = re.compile(
    rf"\b(?:[Bb]ased on|drawn from|adapted from|adaptation of|inspired by) the (?:[\w-]+ )?{_BOOK} (?:of|by) "
    rf"(?:[A-Za-z][\w'’-]*\s+){{1,8}}?({PERSON})(?=\s*(?:[.,;]|$))"
)


def novelist_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Novelist credits for the show the sentence is about, from the wordings above."""
    text = sentence.text
    if not sentence.states or not re.search(_BOOK, text):
        return []
    show = ctx.show_for(sentence)
    if show is None:
        return []
    out: list[ExtractedFact] = []
    for pattern in (_NAME_AS_WORD, _DESCRIBED_AUTHOR):
        for match in pattern.finditer(text):
            person = ctx.person(match.group(1))
            if person and person not in ctx.titles:
                out.append(fact(FactKind.CREDIT, text, 0.8, show=show, person=person, role="novelist"))
    return out
