"""Dates that start work or hold in one country only, an audience's wait, and names that belong to other
works (a bracketed list of someone's credits, an earlier version's cast, a franchise)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts
from ingest.subject_patterns import subject_titles
from ingest.title_guards import not_a_title
from ingest.titles import clean_title
from tests.ingest.helpers import credits, extracted_records, has

PUBLISHED = dt.date(2025, 3, 12)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def _dates(found: list[dict[str, Any]]) -> set[str]:
    return {str(r.get("date")) for r in found if r["type"] == "release" and r.get("date")}


def test_a_date_that_starts_production_is_no_premiere() -> None:
    text = (
        "The crew of Hulu's drama series Quarry Bell returns to Halifax on April 2 to begin production on "
        "season two. The second season of Quarry Bell is set to debut on Hulu in early 2026."
    )
    found = records(text)
    assert "2025-04-02" not in _dates(found)
    assert has(found, type="release", show="Quarry Bell", season=2, year=2026)


def test_a_premiere_in_one_country_set_against_another_dates_nothing() -> None:
    text = (
        "Season 4 of “Marlow Green” is nearly here. The season premieres in Britain this summer, but "
        "viewers in the U.S. will have to wait until Sept. 14."
    )
    found = records(text)
    assert not has(found, type="release", show="Marlow Green", year=2025)
    assert has(found, type="release", show="Marlow Green", season=4, date="2025-09-14")


def test_an_audiences_wait_dates_the_premiere() -> None:
    text = "“Marlow Green” is coming back for Season 4. Fans will have to wait until May 20 to see it."
    assert has(records(text), type="release", show="Marlow Green", date="2025-05-20")


def test_a_networks_wait_dates_no_premiere() -> None:
    text = "“Marlow Green” ended its third season in March. The network will wait until May 20 to decide."
    assert not _dates(records(text))


def test_a_name_given_as_a_role_is_no_person_whose_surname_hides_the_title() -> None:
    text = (
        "The series follows Ora Vantablack (Lena Stroud), a courier on the run. Season 2 of Vantablack will "
        "have ten episodes. Created by Milo Prent (The Ferry), Vantablack stars Lena Stroud alongside "
        "Kit Mercer."
    )
    extraction = extract_facts(text, PUBLISHED)
    found = records(text)
    assert extraction.main_show == "Vantablack"
    assert has(found, type="credit", show="Vantablack", person="Milo Prent", role="creator")
    assert not credits(found, "Ora Vantablack")


def test_a_bracketed_list_after_a_surname_names_that_actors_other_work() -> None:
    text = (
        "AMC's drama series Tidewater Lane begins its second season in June. Lena Stroud has directed the "
        "comedy series Salt Road. Stroud (Salt Road, Copper Hill) returns, joined by Kit Mercer (Lowlands)."
    )
    found = records(text)
    assert has(found, type="credit", show="Tidewater Lane", person="Kit Mercer", role="actor")
    # (The brackets credit no one: Salt Road is only what the sentence before says Stroud directed.)
    assert not has(found, type="credit", show="Salt Road", role="actor")
    assert not has(found, type="credit", show="Copper Hill")
    assert not has(found, type="credit", show="Lowlands")


def test_a_later_quoted_title_in_a_makers_brackets_is_that_makers_work() -> None:
    text = (
        "Netflix dated Part 2 of “Vantablack.” The thriller was created by Milo Prent (“Salt Road,” "
        "“Copper Hill”), in collaboration with Ada Brisk."
    )
    found = records(text)
    assert has(found, type="credit", show="Vantablack", person="Milo Prent", role="creator")
    assert not has(found, show="Copper Hill", person="Milo Prent")


def test_a_quoted_franchise_is_no_show() -> None:
    text = (
        "Ada Brisk, who will direct the next film in the “Iron Relay” franchise, returns to direct the "
        "second season of “Vantablack.”"
    )
    assert not has(records(text), type="show", title="Iron Relay")


def test_two_people_brought_back_are_no_title() -> None:
    assert not_a_title("Lena Stroud and Kit Mercer", "The cast will also bring back ", ", among others.")


def test_the_cast_of_the_original_version_is_not_the_remakes() -> None:
    text = (
        "Hulu's drama series Harrowgate returns in May. Those who remember the original 1987 miniseries with "
        "Pell Aldous as Lord Harrow will find this version darker."
    )
    assert not credits(records(text), "Pell Aldous")


def test_a_role_in_the_original_films_is_not_the_new_films() -> None:
    text = (
        "The first trailer for Harrow: Fury Lane was revealed at Comic-Con on Sunday. Harrow: Fury Lane hits "
        "theaters on June 6, 2026. The clip shows Rex Harrow (Vale) in a chase. Director Ada Brisk, who "
        "worked with Pell Aldous as Rex Harrow in the original films, attended Comic-Con to discuss the "
        "reboot. Tom Vale is great."
    )
    found = records(text)
    assert has(found, type="credit", person="Tom Vale", character="Rex Harrow")
    assert not credits(found, "Pell Aldous")


def test_slashed_career_titles_before_from_make_the_maker_the_creator() -> None:
    text = (
        "From acclaimed writer/producer/director Ada Brisk (Salt Road), Tidewater Lane follows two sisters. "
        "Tidewater Lane returns to AMC for its second season on June 1."
    )
    found = records(text)
    assert has(found, type="credit", show="Tidewater Lane", person="Ada Brisk", role="creator")
    assert not has(found, type="credit", person="Ada Brisk", role="director")


def test_a_lone_surname_after_as_for_is_no_title() -> None:
    assert not subject_titles("As for Aldous, Brisk also joked about the actor's long break.", clean_title)


def test_a_lone_title_after_as_for_stays_when_the_clause_speaks_of_the_show() -> None:
    assert ("Vantablack", False) in subject_titles(
        "As for Vantablack, the series returns in May.", clean_title
    )


def test_a_show_that_tells_the_story_of_is_the_subject() -> None:
    text = (
        "Created by Ada Brisk and based on a novel, Kōrinmaru tells the story of a ferry pilot (Kit Mercer)."
    )
    assert extract_facts(text, PUBLISHED).main_show == "Kōrinmaru"


def test_a_film_released_in_cinemas_named_after_its_hero() -> None:
    text = (
        "Starring Kit Mercer as the physicist Ada Quillfeather, the film is a tense, moody thriller. "
        "Quillfeather will release in cinemas on July 21."
    )
    found = records(text)
    assert has(found, type="release", show="Quillfeather", date="2025-07-21")


def test_an_inaugural_season_is_the_first() -> None:
    text = "The inaugural season of Tidewater Lane premiered on AMC in January 2024 to strong reviews."
    assert has(records(text), type="release", show="Tidewater Lane", season=1, year=2024)


def test_a_credited_full_name_stays_a_person_though_a_bracket_misread_it_as_a_role() -> None:
    text = (
        "Apple TV+'s drama series Glasswork returns in May. Ben Ardent stars as Cole Lyle, alongside Mara "
        "Quist and Tom Feld. Feld (Low Water) and Quist (Iron Bay) both drew praise."
    )
    found = records(text)
    assert has(found, type="credit", show="Glasswork", person="Mara Quist", role="actor")
    assert not credits(found, "Iron Bay")


def test_a_wait_to_find_out_dates_no_premiere() -> None:
    text = (
        "“Marlow Green” ended its third season in March. Fans will have to wait until May 20 to find out "
        "more."
    )
    assert not _dates(records(text))
