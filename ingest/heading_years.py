"""A year a line-up's heading gives the show it names: "ITV dramas coming up in 2026: The Blame starring
Michelle Keegan", "Coming in 2025: Iron Bay". Headings are never read by the sentence extractors (their title
case hides names), so this tight shape alone is read, for a title the article covers."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.model import ExtractedFact, FactKind, fact
from ingest.sentences import Sentence

_COMING_IN = re.compile(
    r"^(?:[\w+&'’ -]{0,40}\s)?(?:[Cc]oming|[Aa]rriving|[Pp]remiering|[Ll]anding|[Dd]ue)(?: up| soon)?"
    r" in (\d{4})\s*:\s+[“\"‘']?"
)


def heading_years(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    """The release year each "coming in YEAR: TITLE" heading gives its title."""
    out: list[ExtractedFact] = []
    for sentence in sentences:
        coming = _COMING_IN.match(sentence.text) if sentence.heading else None
        if coming is None:
            continue
        named = [s for s in ctx.titles_in(sentence.text[coming.end() :]) if s[0] == 0 and s[2] in ctx.shows]
        if named:
            show, year = named[0][2], int(coming.group(1))
            out.append(fact(FactKind.RELEASE, sentence.text, 0.5, show=show, year=year))
    return out
