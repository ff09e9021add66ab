"""Articles in, facts out: extract facts from entertainment-news text and turn them into fact records.

`extract_facts(text, published)` returns an `Extraction` of typed facts, each with the sentence it came from
and a confidence; `to_fact_records` turns it into the JSONL records `db.importers.jsonl` imports.
"""

from ingest.extract import extract_facts
from ingest.guard import MAX_BYTES, check_text, decode_article
from ingest.model import ExtractedFact, Extraction, FactKind, IngestError
from ingest.records import article_record, to_fact_lines, to_fact_records
from ingest.regex_cache import widen_pattern_cache

widen_pattern_cache()

__all__ = [
    "MAX_BYTES",
    "ExtractedFact",
    "Extraction",
    "FactKind",
    "IngestError",
    "article_record",
    "check_text",
    "decode_article",
    "extract_facts",
    "to_fact_lines",
    "to_fact_records",
]
