"""A release day told with the show as the verb's object or as a list entry ("will launch the second season
of X on March 4", "the third season of X on March 4th, ..."), never the day of an announcement.
Every text here is made up."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 1, 20)


def test_a_network_launching_a_season_of_a_show_on_a_day_dates_that_season() -> None:
    found = extracted_records("Netflix will launch the second season of Iron Bay on March 4.", _DAY)
    assert has(found, type="release", show="Iron Bay", season=2, date="2025-03-04", network="Netflix")


def test_each_season_entry_of_a_list_gets_its_own_day() -> None:
    text = (
        "Hulu has said when its spring shows arrive: the third season of Iron Bay on March 4th, plus the "
        "second season of Night Nurse on March 18th."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Iron Bay", season=3, date="2025-03-04")
    assert has(found, type="release", show="Night Nurse", season=2, date="2025-03-18")


def test_announcing_a_season_on_a_day_dates_no_release() -> None:
    found = extracted_records("Netflix announced the second season of Iron Bay on March 4.", _DAY)
    assert not has(found, type="release", show="Iron Bay")
