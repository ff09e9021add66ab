"""What sits where a cancelled title would but is none: an owner's possessive before the quoted title,
and a city that shares a show's name.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_an_owner_before_a_quoted_title_is_not_cancelled() -> None:
    text = "Netflix has canceled Lina Ortez’s “Glass Parade” after one season. Fans were upset."
    found = extracted_records(text, dt.date(2017, 3, 30))
    assert not has(found, type="show", title="Lina Ortez")
    assert has(found, type="descriptor", show="Glass Parade", kind="status", value="canceled")


def test_a_city_named_like_a_show_is_not_cancelled() -> None:
    text = (
        "“Odd Rooms” was canceled after two seasons. A legal spinoff for the city of Boston was canceled "
        "after a single season. It was the lowest rated of the “Boston” shows."
    )
    found = extracted_records(text, dt.date(2017, 3, 30))
    assert not has(found, type="descriptor", show="Boston", kind="status", value="canceled")
