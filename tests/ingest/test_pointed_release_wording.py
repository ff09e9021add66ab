"""Release sentences that point back at the show or leave words out: "Premiering on May 12, this comedy
...", "will be broadcast in 2026", "set to debut its first on ...".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_a_fronted_release_pointing_back_is_the_season_the_article_is_about() -> None:
    text = (
        "The big original this month is Velvet Court season 3. Premiering on May 12, this period comedy "
        "continues the story of the queen."
    )
    found = extracted_records(text, dt.date(2023, 5, 1))
    assert has(found, type="release", show="Velvet Court", season=3, date="2023-05-12")


def test_expected_to_be_broadcast_in_a_year_is_a_release_year() -> None:
    text = (
        "ITV has commissioned Longing, a new drama. Longing will be filmed in Leeds in the autumn, and is "
        "expected to be broadcast in 2026."
    )
    found = extracted_records(text, dt.date(2025, 2, 1))
    assert has(found, type="release", show="Longing", year=2026)


def test_an_ordinal_without_its_noun_names_the_season() -> None:
    text = (
        "Bravo's drama FOLLOW, starring Penn Ash, has landed a second season order. That comes ten weeks "
        "before the series is set to debut its first on Bravo October 12."
    )
    found = extracted_records(text, dt.date(2018, 7, 26))
    assert has(found, type="release", show="FOLLOW", season=1, date="2018-10-12")
    assert not has(found, type="release", show="FOLLOW", season=2, date="2018-10-12")
