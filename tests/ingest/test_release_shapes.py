"""Release sentence shapes of published news, with invented shows: one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 5, 30)


def releases(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The release records extracted from `text`."""
    return [r for r in extracted_records(text, published) if r["type"] == "release"]


def test_a_date_after_while_belongs_to_the_show_of_its_own_clause() -> None:
    text = (
        "Larkspur Network set its summer dates. The second season of “Copper Gulls” will premiere on June 9, "
        "while the third season of “Night Orchard” will launch on July 14."
    )
    found = releases(text)
    assert has(found, show="Night Orchard", season=3, date="2024-07-14")
    assert not has(found, show="Copper Gulls", date="2024-07-14")


def test_will_be_back_for_a_season_on_a_date_is_a_premiere() -> None:
    found = releases("Larkspur's Copper Gulls will be back for Season 4 on June 9 at 9pm. Fans are thrilled.")
    assert has(found, show="Copper Gulls", season=4, date="2024-06-09")


def test_the_season_a_verb_names_after_itself_is_the_season_released() -> None:
    found = releases(
        "“Copper Gulls” premieres its second season on Wednesday, September 25 on Larkspur. It is fun."
    )
    assert has(found, show="Copper Gulls", season=2, date="2024-09-25")


def test_a_date_describing_a_release_noun_dates_the_show_at_hand() -> None:
    text = (
        "Larkspur shared photos from “Copper Gulls” season 2. "
        "Season two is pegged for an Oct. 27 release date."
    )
    assert has(releases(text), show="Copper Gulls", season=2, date="2024-10-27")


def test_a_release_phrase_before_the_show_dates_the_show_after_its_comma() -> None:
    text = (
        "“Tin Harbor” has festival buzz. "
        "Coming to select theaters December 6th before expanding the next week, "
        "Tin Harbor stars Mara Vellin as a lighthouse keeper."
    )
    assert has(releases(text), show="Tin Harbor", date="2024-12-06")


def test_an_announced_date_without_a_year_is_the_next_one() -> None:
    text = (
        "“Tin Harbor” is a new drama. "
        "“Tin Harbor” will premiere on March 3 on Larkspur. It stars Mara Vellin."
    )
    assert has(releases(text), show="Tin Harbor", date="2025-03-03")


def test_a_past_date_without_a_year_is_the_last_one() -> None:
    text = (
        "Larkspur renewed “Tin Harbor” for a second season. "
        "The first season of Tin Harbor, starring Mara Vellin, "
        "premiered on December 12. It was a hit."
    )
    assert has(releases(text, dt.date(2025, 2, 3)), show="Tin Harbor", date="2024-12-12")


def test_a_season_expected_in_a_year_is_dated_to_that_year() -> None:
    text = (
        "Mara Vellin has joined “Tin Harbor” for its third season. "
        "The season is expected to premiere in 2025."
    )
    assert has(releases(text), show="Tin Harbor", year=2025)


def test_a_day_only_expected_is_no_premiere_date() -> None:
    text = (
        "Mara Vellin has joined “Tin Harbor.” The season is expected to premiere on October 4. "
        "It is eight episodes."
    )
    assert not has(releases(text), date="2024-10-04")


def test_a_film_opening_against_another_on_a_date_is_released_that_day() -> None:
    text = "“Tin Harbor” is a thriller. “Tin Harbor” will open against “Glass Wolves” on February 14, 2025."
    assert has(releases(text), show="Tin Harbor", date="2025-02-14")
