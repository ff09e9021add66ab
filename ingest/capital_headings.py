"""A press release's line-up in capitals: a title heading, then labelled lines about it.

    NORTH SHORE SEASON 2
    PREMIERE DATE: APRIL 4, 2025
    GENRE: Drama series

The heading is the title (with its season), the "PREMIERE DATE" line its day. Capitals hide a title's own
spelling, so the title is taken as the article's prose spells it ("North Shore"); a heading the prose never
names is left alone, since its words could be anything.
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.season_refs import parse_season_number
from ingest.sentences import Sentence

_DATE_LABEL = re.compile(r"(?i:premiere date|release date|premieres|launch date|air date)\s*:\s*")
_SEASON = re.compile(r"\s+(?:SEASON|SERIES)\s+(\d+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)$")
# How far below its heading an entry's date line may sit (a "Coming soon to ..." note may come between).
_LINES_BELOW = 3


def _capital_heading(sentence: Sentence) -> bool:
    letters = [c for c in sentence.text if c.isalpha()]
    return sentence.heading and len(letters) >= 3 and all(c.isupper() for c in letters)


def capital_entries(sentences: list[Sentence], published: dt.date | None, prose: str) -> list[ExtractedFact]:
    """Releases from a line-up's capitals headings, each under the title as the prose spells it."""
    out: list[ExtractedFact] = []
    for index, sentence in enumerate(sentences):
        if not _capital_heading(sentence) or _DATE_LABEL.match(sentence.text):
            continue
        heading = sentence.text.strip()
        season_word = _SEASON.search(heading)
        name = heading[: season_word.start()] if season_word else heading
        spelt = re.search(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", prose, re.IGNORECASE)
        if not spelt or not spelt.group()[:1].isupper() or spelt.group().isupper():
            continue  # only a title the prose names in its own spelling
        for below in sentences[index + 1 : index + 1 + _LINES_BELOW]:
            if _capital_heading(below) and not _DATE_LABEL.match(below.text):
                break  # the next entry's heading
            label = _DATE_LABEL.match(below.text)
            dates = find_dates(below.text[label.end() :], published) if label else []
            if label and dates and dates[0].start == 0 and dates[0].day is not None:
                season = parse_season_number(season_word.group(1)) if season_word else None
                out.append(fact(FactKind.RELEASE, below.text, 0.7, show=spelt.group(), season=season,
                                date=dates[0].day.isoformat()))  # fmt: skip
                break
    return out
