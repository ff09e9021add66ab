"""Turn an Extraction into the project's JSONL fact records, ready for `import_fact_lines`."""

from __future__ import annotations

import json
from typing import Any

from ingest.model import ExtractedFact, Extraction, FactKind

# Records are written in this order so a show exists (with its network) before facts refer to it.
_ORDER = [
    FactKind.SHOW, FactKind.RELEASE, FactKind.SEASON, FactKind.CREDIT, FactKind.RATING, FactKind.AWARD,
    FactKind.WORK, FactKind.PERSON, FactKind.DESCRIPTOR,
]  # fmt: skip


def article_record(
    extraction: Extraction, outlet: str | None = None, url: str | None = None, title: str | None = None
) -> dict[str, Any]:
    """The `article` record the facts belong to; its fingerprint makes re-ingesting the same text a no-op."""
    if title is None:
        title = extraction.headline
    if title is None:
        subject = extraction.main_show or "an unnamed show"
        title = f"Article about {subject}" + (
            f" ({extraction.published.isoformat()})" if extraction.published else ""
        )
    return {
        "type": "article",
        "outlet": outlet or "unknown outlet",
        "title": title[:500],
        "url": url,
        "published": extraction.published.isoformat() if extraction.published else None,
        "fingerprint": extraction.fingerprint,
    }


def to_fact_records(
    extraction: Extraction,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    min_confidence: float = 0.0,
) -> list[dict[str, Any]]:
    """The article record followed by one record per fact at or above `min_confidence`."""
    records: list[dict[str, Any]] = [article_record(extraction, outlet, url, title)]
    records.extend(fact_record(f) for f in ordered_facts(extraction) if f.confidence >= min_confidence)
    return records


def ordered_facts(extraction: Extraction) -> list[ExtractedFact]:
    """The facts in import order: shows first, then releases, seasons, credits and the rest."""
    return [item for kind in _ORDER for item in extraction.of_kind(kind)]


def fact_record(item: ExtractedFact) -> dict[str, Any]:
    """The JSONL fact record of one fact."""
    record: dict[str, Any] = {"type": item.kind.value}
    for key, value in item.as_dict().items():
        record[key] = list(value) if isinstance(value, tuple) else value
    return record


def to_fact_lines(records: list[dict[str, Any]]) -> list[str]:
    """JSONL lines for `import_fact_lines`."""
    return [json.dumps(r, ensure_ascii=False) for r in records]
