"""Releases told date first: "begin on March 9th with the series X", "on May 20th, the second season
of X will hit Netflix".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_a_lineup_opening_with_a_show_on_a_day_releases_it_then() -> None:
    text = (
        "Two shows begin on March 9th with the reality series Glass Cove, a show about rich islanders. "
        "Glass Cove is hosted by a famous chef."
    )
    found = extracted_records(text, dt.date(2009, 1, 2))
    assert has(found, type="release", show="Glass Cove", date="2009-03-09")


def test_a_day_then_a_season_arriving_on_a_network_is_that_season_release() -> None:
    text = (
        "Netflix set several dates today. Then, on May 20th, the second season of the beloved sitcom, "
        "“Paper Lanterns” will hit Netflix. Paper Lanterns was a hit last year."
    )
    found = extracted_records(text, dt.date(2016, 1, 17))
    assert has(found, type="release", show="Paper Lanterns", season=2, date="2016-05-20", network="Netflix")


def test_a_release_verb_and_day_put_before_the_title_date_it() -> None:
    text = (
        "Netflix set several dates today. Also set to premiere on June 2nd is Reed Hall Studios, a drama "
        "series about young dancers. Reed Hall Studios comes from Canada."
    )
    found = extracted_records(text, dt.date(2016, 1, 17))
    assert has(found, type="release", show="Reed Hall Studios", date="2016-06-02")
