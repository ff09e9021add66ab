"""An actor credit carries the one season its sentence states for its show ("Harrow Lane season 3 will star
A", "A will join the second season of Harrow Lane as Y", "The first season starred A"); a sentence naming two
seasons, or none, leaves the credit without one (invented names)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import credits, extracted_records

PUBLISHED = dt.date(2015, 3, 2)


def seasons_of(text: str, person: str) -> set[Any]:
    """The seasons field of the person's credits."""
    return {r.get("seasons") for r in credits(extracted_records(text, PUBLISHED), person)}


def test_a_headline_cast_for_a_season_carries_that_season() -> None:
    text = "'Harrow Lane' Season 2 To Star Nadia Voss\n\nThe anthology drama Harrow Lane has its new lead."
    assert seasons_of(text, "Nadia Voss") == {"2"}


def test_joining_the_second_season_of_a_show_carries_that_season() -> None:
    text = (
        "Harrow Lane adds a queen\n\nDora Pell will join the second season of Harrow Lane as Queen Maud. The "
        "drama Harrow Lane returns in May."
    )
    assert seasons_of(text, "Dora Pell") == {"2"}


def test_the_first_season_pointing_at_the_show_carries_that_season() -> None:
    text = (
        "'Harrow Lane' Season 2 To Star Nadia Voss\n\nThe anthology drama Harrow Lane has its new lead. "
        "The first season starred Ola Brandt."
    )
    assert seasons_of(text, "Ola Brandt") == {"1"}


def test_a_sentence_naming_two_seasons_leaves_the_credit_without_one() -> None:
    text = (
        "Harrow Lane adds a queen\n\nOla Brandt, who led the first season of Harrow Lane, will also star in "
        "the second season of Harrow Lane."
    )
    assert seasons_of(text, "Ola Brandt") <= {None}


def test_a_sentence_naming_no_season_leaves_the_credit_without_one() -> None:
    text = "Harrow Lane news\n\nThe drama Harrow Lane stars Ola Brandt as Mae Dorn."
    assert seasons_of(text, "Ola Brandt") == {None}


def test_a_season_the_show_is_renewed_for_is_not_its_casts_season() -> None:
    text = "Harrow Lane renewed\n\nHarrow Lane, starring Ola Brandt, has been renewed for a third season."
    assert seasons_of(text, "Ola Brandt") <= {None}
