"""Actors named in brackets after a described part whose description opens a sentence or runs with commas,
abbreviations and numbers, and a character of three names told through its actor ("Rhea Vale's Dr. Ines Mara
Kell") (issue 9, news38). Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2005, 9, 16)

_TEXT = (
    "On the premiere of CBS' thriller \"Threshold,\" airing at 8 p.m. Friday, Rhea Vale's Dr. Ines Mara Kell "
    "has a dream.\n\nThe deputy adviser (Carl Dorn) orders an agent (Bram Holt) to pick her up. Her team "
    "includes an M.D. and former 1960s radical (Brent Spinner), a boozing, womanizing math expert (Peter "
    "Dinkle) and a nervous astrophysicist (Rob Benning)."
)


def test_bracketed_actor_after_a_description_opening_the_sentence() -> None:
    found = extracted_records(_TEXT, _DAY)
    assert has(found, type="credit", show="Threshold", person="Carl Dorn", role="actor")


def test_bracketed_actors_after_descriptions_with_commas_abbreviations_and_numbers() -> None:
    found = extracted_records(_TEXT, _DAY)
    for person in ("Brent Spinner", "Peter Dinkle", "Rob Benning"):
        assert has(found, type="credit", show="Threshold", person=person, role="actor"), person


def test_character_of_three_names_told_through_its_actor() -> None:
    found = extracted_records(_TEXT, _DAY)
    assert has(found, type="credit", show="Threshold", person="Rhea Vale", character="Dr. Ines Mara Kell")


def test_bracketed_crew_after_a_description_is_still_no_actor() -> None:
    text = 'CBS\' thriller "Threshold" airs Friday. The network president (Carl Dorn) praised it.'
    found = extracted_records(text, _DAY)
    assert not has(found, type="credit", person="Carl Dorn", role="actor")
