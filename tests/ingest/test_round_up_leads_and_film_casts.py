"""A network's round-up named anywhere in its lead, a surname's bracketed earlier work, and a film's
returning and new cast ("brings back A as X and introduces B as Y"). Every text here is made up."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 5, 14)


def test_shows_listed_after_a_lead_about_renewal_decisions_at_a_network_are_that_networks() -> None:
    text = (
        "The new boss has made her renewal decisions at CBS. Coming back next season are the dramas "
        "Iron Bay (for season three) and Night Nurse (season two)."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Iron Bay", network="CBS")
    assert has(found, type="show", title="Night Nurse", network="CBS")


def test_a_lead_naming_two_networks_places_no_listed_show() -> None:
    text = (
        "The renewal decisions at CBS and NBC came on Monday. Coming back next season are the dramas "
        "Iron Bay (for season three) and Night Nurse (season two)."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Night Nurse", network="CBS")


def test_a_quoted_title_in_brackets_after_a_surname_is_that_persons_earlier_work() -> None:
    text = (
        "HBO has set premiere dates for its new comedies. “Flat Share,” which Okafor (“Tin Cups”) wrote "
        "and stars in, begins its first season on April 6."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Tin Cups")
    assert has(found, type="show", title="Flat Share", network="HBO")


def test_a_film_bringing_back_and_introducing_actors_casts_each_in_the_role_said() -> None:
    text = (
        "Glass Tide, out in cinemas this spring, brings back Ora Lind as Captain Mae Strand and introduces "
        "Ben Hale as Rook, a young pilot who joins the crew."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Glass Tide", person="Ora Lind", character="Captain Mae Strand")
    assert has(found, type="credit", show="Glass Tide", person="Ben Hale", character="Rook")


def test_bringing_back_a_director_casts_no_one() -> None:
    text = "Cold Iron, in cinemas on May 9, brings back director Sam Reyes and stars Ora Lind and Ben Hale."
    found = extracted_records(text, _DAY)
    assert not has(found, type="credit", person="Sam Reyes", role="actor")
    assert has(found, type="credit", show="Cold Iron", person="Ora Lind", role="actor")


def test_each_show_of_a_slate_listed_with_including_is_a_title() -> None:
    text = (
        "HBO has a few new shows of its own, including Salt Road and Iron Bay. A clip posted for Iron Bay "
        "on Monday ended with word that it will premiere on October 20th."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Iron Bay", date="2025-10-20")
    assert not has(found, type="release", show="Salt Road")


def test_starring_opposite_a_person_in_a_show_keeps_the_person_out_of_the_title() -> None:
    text = "Ada Brisk is set to star opposite Tom Vale in Iron Bay, an upcoming Apple TV+ thriller."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Iron Bay", person="Tom Vale", role="actor")
    assert not has(found, type="show", title="Tom Vale in Iron Bay")
