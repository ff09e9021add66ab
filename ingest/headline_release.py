"""A premiere date the headline alone states about a show the article covers: "Wildfire Season Premieres
June 3", "Iron Bay Season 2 Returns Sept. 24". Like `headline_status`, only a tight shape around a title the
article covers is read, said again as the plain sentence the release extractor reads; the fact keeps the
headline as its evidence. A heading line that labels a season's day ("Iron Bay Season 3 premiere: Tuesday,
July 16") is read as the label it is."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.context import Context
from ingest.headline_titles import headline_titles
from ingest.model import ExtractedFact
from ingest.releases import release_facts
from ingest.season_dates import season_date_labels
from ingest.sentences import Sentence, headline
from ingest.titles import clean_title

_DAY = (
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?"
    r"(?:,? \d{4})?)"
)


def headline_release(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    """The premiere day the headline gives the first title it names that the article covers, and the days
    heading lines give as a season's label."""
    # Headings are skipped by the sentence extractors (names and titles look alike in title case); a label
    # and its day are no such guess.
    labelled = [f for s in sentences if s.heading for f in season_date_labels(s, ctx)]
    return _headline_day(sentences, ctx) + labelled


def _headline_day(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    line = headline(sentences)
    if not line:
        return []
    covered = [t for t in headline_titles(line, clean_title) if t in ctx.shows]
    if not covered:
        return []
    title = covered[0]
    shape = re.compile(
        rf"^[“\"‘']?{re.escape(title)}[”\"’']?(?: (?:Season|Series) (\d+))?"
        rf" (?:Premieres|Returns|Debuts|Arrives)(?: on)? {_DAY}(?=$|[,:;.!]| on | at )"
    )
    match = shape.search(line)
    if not match:
        return []
    season, day = match.groups()
    said = f"{title} season {season} premieres on {day}." if season else f"{title} premieres on {day}."
    sentence = Sentence(said, sentences[0].paragraph, heading=False)
    return [replace(f, sentence=line) for f in release_facts(sentence, ctx)]
