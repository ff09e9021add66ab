"""A season's date given as a label and its value: "Season 3 premiere: March 2, 2015", "season 3 start –
March 2, 2015", "Series 2 release date - 4 June 2024". Update notes, fact boxes and round-up lines write a
release this way, with no verb: the label names the season, the value after the colon or dash is its day.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.season_refs import parse_season_number
from ingest.sentences import Sentence

_LABEL = re.compile(
    r"\b(?:[Ss]eason|[Ss]eries)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:start|starts|premiere|premieres|premiere date|release|release date|air date|debut|return"
    r"|launch)\s*(?::|[–—]|-(?=\s))\s*"
)


def season_date_labels(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """A season's labelled day: the release of that season of the show the line is about (the title
    right before the label, else the one show the line names, else the paragraph's show)."""
    text = sentence.text
    out: list[ExtractedFact] = []
    for label in _LABEL.finditer(text):
        dates = find_dates(text[label.end() :], ctx.published)
        if not dates or dates[0].start != 0 or dates[0].day is None or dates[0].relative:
            continue  # the value must be the whole day right after the label
        named = [t for _s, e, t in ctx.titles_in(text[: label.start()]) if t in ctx.shows]
        others = [t for _s, _e, t in ctx.titles_in(text[label.end() :]) if t in ctx.shows]
        if named:
            show: str | None = named[-1]
        elif others:
            continue  # "season 2 premiere: March 6, 2024 for Other Show": the label is another title's
        else:
            show = ctx.show_for(sentence)
        number = parse_season_number(label.group(1))
        if show is None or number is None:
            continue
        out.append(fact(FactKind.RELEASE, text, 0.7, show=show, season=number, date=dates[0].day.isoformat()))
    return out
