"""Defaults the command line shows in its help, kept apart from the importers so `marquee --help` reads them
without importing SQLAlchemy."""

from __future__ import annotations

CATALOG_FORMATS = ("triples", "jsonl")
DEFAULT_CATALOG_SOURCE = "MetaQA/WikiMovies KB"
# Facts below this confidence are kept in the draft (for review) but not imported on approval.
DEFAULT_MIN_CONFIDENCE = 0.0
