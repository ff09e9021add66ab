"""A Rotten Tomatoes percentage called "fresh" is the critics' score."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_a_fresh_rating_on_rotten_tomatoes_is_the_critics_score() -> None:
    text = (
        "“Harbor Lights,” the new Apple TV+ drama about a fishing town, is winning over reviewers. Some 30 "
        "reviewers on Rotten Tomatoes have praised “Harbor Lights,” adding up to a 96% fresh rating."
    )
    found = extracted_records(text, dt.date(2022, 3, 29))
    assert has(
        found, type="rating", show="Harbor Lights", source="Rotten Tomatoes", audience="critics", value=96.0
    )
