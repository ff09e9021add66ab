"""Renewals of a show described before its title: "renewed its new comedy series Y"."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_renewed_its_described_series_then_the_title() -> None:
    text = (
        "Riding high after the Cold Range finale, the network has renewed its new medical comedy series "
        "Harbor Ward, a co-production with Pinegate starring Mara Quill, for a second season.\n\n"
        "Harbor Ward premiered Sunday, May 3 to strong reviews. Cold Range ended its run in April."
    )
    found = extracted_records(text, dt.date(2020, 5, 5))
    assert has(found, type="descriptor", show="Harbor Ward", kind="status", value="renewed for season 2")
    assert not has(found, type="descriptor", show="Cold Range", kind="status", value="renewed for season 2")
