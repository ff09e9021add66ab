"""The release shapes that label a date or lead with it, gathered for extract.py: a season's labelled day,
date-first line-up sentences, moved premieres and capitals line-ups."""

from __future__ import annotations

from collections.abc import Callable

from ingest.capital_headings import capital_entries
from ingest.context import Context
from ingest.dated_openers import dated_openers
from ingest.model import ExtractedFact
from ingest.moved_dates import moved_premieres
from ingest.season_dates import season_date_labels
from ingest.sentences import Sentence

__all__ = ["DATED_EXTRACTORS", "capital_entries"]

# Run sentence by sentence beside extract.py's own extractors.
DATED_EXTRACTORS: tuple[Callable[[Sentence, Context], list[ExtractedFact]], ...] = (
    season_date_labels,
    dated_openers,
    moved_premieres,
)
