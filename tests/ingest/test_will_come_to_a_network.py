"""A release told as the show coming to its network on a day: "will come to Hulu on 4 May", like the
"comes to" and "is coming to" already read. Every text here is made up."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 1, 20)


def test_will_come_to_a_network_on_a_day_dates_the_release() -> None:
    text = "The new drama Copper Mill will come to Hulu on 4 May 2025. It stars Ann Bell."
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Copper Mill", date="2025-05-04", network="Hulu")


def test_come_to_a_place_without_a_day_dates_nothing() -> None:
    found = extracted_records("In Copper Mill, Ann Bell plays a nurse who has come to London to hide.", _DAY)
    assert not has(found, type="release")
