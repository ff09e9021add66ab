"""A line-up entry with its premiere day in brackets: "Castle (March 9) stars ...".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

LINEUP = (
    "The networks are bringing new shows this spring. Bramble Court (March 9) stars Ada Quill as a "
    "detective. Returning shows include the long-awaited 4th season of Tallow (January 21) and "
    "Open Fields (April 8th), a farming drama."
)


def test_a_title_with_a_bracketed_day_is_released_that_day() -> None:
    found = extracted_records(LINEUP, dt.date(2010, 1, 4))
    assert has(found, type="release", show="Bramble Court", date="2010-03-09")


def test_the_season_named_before_the_title_is_the_one_released() -> None:
    found = extracted_records(LINEUP, dt.date(2010, 1, 4))
    assert has(found, type="release", show="Tallow", season=4, date="2010-01-21")


def test_a_person_with_a_bracketed_day_is_no_title() -> None:
    text = "The film stars Ada Quill, Bo Renner and Cal Dorsey (October 6th). It looks grand."
    found = extracted_records(text, dt.date(2023, 5, 1))
    assert not has(found, type="show", title="Cal Dorsey")
