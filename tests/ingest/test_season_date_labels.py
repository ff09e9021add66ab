"""A season's day written as a label and its value: "season 3 start – March 2, 2015".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_a_labelled_season_start_is_that_season_release() -> None:
    text = (
        "“Copper Reach” has been renewed for a third season by the network.\n\n"
        "UPDATE (Nov. 3, 2020): season 3 start – February 8, 2021."
    )
    found = extracted_records(text, dt.date(2020, 6, 1))
    assert has(found, type="release", show="Copper Reach", season=3, date="2021-02-08")
