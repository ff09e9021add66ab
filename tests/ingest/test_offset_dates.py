"""A count of days or weeks from a day of its own (news30a): "two weeks from today" is the day two weeks on,
never today; "a week from Sunday" counts from the coming Sunday.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from ingest.dates import find_dates
from tests.ingest.helpers import extracted_records, has

_THURSDAY = dt.date(2022, 3, 3)


def test_offsets_are_counted_from_their_own_day() -> None:
    said = {
        "two weeks from today": dt.date(2022, 3, 17),
        "a week from Sunday": dt.date(2022, 3, 13),
        "one week from tomorrow": dt.date(2022, 3, 11),
        "three days from now": dt.date(2022, 3, 6),
    }
    for phrase, day in said.items():
        found = find_dates(f"It premieres {phrase} on Netflix.", _THURSDAY)
        assert [m.day for m in found] == [day], phrase


def test_a_premiere_two_weeks_from_today_is_not_today() -> None:
    text = "The third season of Gull Point will premiere two weeks from today on Hulu, the streamer said."
    found = extracted_records(text, _THURSDAY)
    assert has(found, type="release", show="Gull Point", date="2022-03-17")
    assert not has(found, type="release", show="Gull Point", date="2022-03-03")
