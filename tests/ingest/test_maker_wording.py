"""A show's maker named by "comes from" or "a GENRE by (director) X", and a title known by the seasons it
ran. Every text here is made up."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 5, 14)


def test_a_show_that_comes_from_a_person_was_created_by_them() -> None:
    text = "Hulu has ordered the drama Iron Bay. Iron Bay comes from Ada Brisk and will star Tom Vale."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Iron Bay", person="Ada Brisk", role="creator")


def test_an_idea_that_comes_from_a_person_credits_no_one() -> None:
    found = extracted_records("The idea comes from Ada Brisk, who pitched Iron Bay to Fox.", _DAY)
    assert not has(found, type="credit", person="Ada Brisk", role="creator")


def test_a_series_by_a_described_director_was_created_by_them() -> None:
    text = "Fox has ordered Iron Bay, a fantasy series by acclaimed director Ada Brisk."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Iron Bay", person="Ada Brisk", role="creator")


def test_a_title_that_ran_for_seasons_is_a_show() -> None:
    text = "Iron Bay ran for three seasons. Ada Brisk and Tom Vale were executive producers."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Iron Bay", person="Tom Vale", role="executive_producer")


def test_a_person_brought_back_in_a_role_is_no_title() -> None:
    text = "Glass Tide brings back Ora Lind as Mae Strand, and it opens in cinemas on May 2."
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Ora Lind as Mae Strand")
    assert not any(r.get("show", "").startswith("Ora Lind") for r in found)


def test_a_show_marking_a_makers_first_series_since_another_is_the_one_covered() -> None:
    found = extracted_records(
        "Iron Bay marks the first series from Tom Vale since his hit comedy Salt Road.", _DAY
    )
    assert has(found, type="credit", show="Iron Bay", person="Tom Vale", role="creator")
    assert not has(found, type="credit", show="Salt Road")


def test_the_lead_role_of_a_character_in_a_show_casts_the_actor_in_it() -> None:
    text = "Ada Brisk (Salt Road) will play the lead role of Nell Hart in Iron Bay."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Iron Bay", person="Ada Brisk", character="Nell Hart")
