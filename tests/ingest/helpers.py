"""Helpers shared by the extraction tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts, to_fact_records


def extracted_records(text: str, published: dt.date | None) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return to_fact_records(extract_facts(text, published))[1:]


def has(found: list[dict[str, Any]], **fields: Any) -> bool:
    """Whether some record has all these field values."""
    return any(all(r.get(k) == v for k, v in fields.items()) for r in found)


def credits(found: list[dict[str, Any]], person: str) -> list[dict[str, Any]]:
    """The person's credit records."""
    return [r for r in found if r["type"] == "credit" and r["person"] == person]
