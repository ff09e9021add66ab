"""Shapes from the news31 work: a headline's person after "With" is no title, the show's own name as a role,
a once-misspelt main title, and an actor named before their other work in brackets in running prose.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from ingest.lone_names import lone_words
from ingest.misspelt_titles import misspelt_of
from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 4, 9)


def test_person_after_with_in_headline_is_no_show() -> None:
    text = (
        "Gearwright Trailer Reveals Apple TV+'s New Comedy Series With Rhys Calder\n"
        "Apple TV+ has released the trailer for its comedy Gearwright. Alongside Rhys Calder as Gearwright, "
        "the ensemble cast also includes Nell Ashby as Priya and Omar Vance as Doyle."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Rhys Calder")
    assert has(found, type="credit", show="Gearwright", person="Nell Ashby", character="Priya")
    assert has(found, type="credit", show="Gearwright", person="Rhys Calder", character="Gearwright")


def test_misspelt_main_title_keeps_its_cast() -> None:
    text = (
        "Netflix has released the first trailer for its comedy Vespera, starring Ivo Lark. Vepsera centers "
        "on a goddess who loses her powers. Joining Lark will be Dana Whitby (Low Tide) as Nyx and Tom "
        "Alder (Fen Road) as Eros."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Vespera", person="Dana Whitby", character="Nyx")
    assert not has(found, type="show", title="Vepsera")
    assert not has(found, type="credit", show="Vepsera")


def test_misspelt_of_needs_two_swapped_neighbours() -> None:
    assert misspelt_of("Koas", "Kaos")
    assert not misspelt_of("Kaos", "Kaos")
    assert not misspelt_of("Oask", "Kaos")
    assert not misspelt_of("Ab", "Ba")  # too short to tell a slip from another name


def test_actor_before_other_work_in_prose_is_no_character() -> None:
    text = (
        "The first trailer for Starz's historical drama Thornfield Crown makes Dorian Vale (Iron Orchard) "
        "look every inch a king. Vale stars as King Aldric."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Thornfield Crown", person="Dorian Vale", character="King Aldric")
    assert not has(found, type="credit", person="Iron Orchard")
    assert not has(found, type="credit", character="Dorian Vale")


def test_character_known_by_first_name_keeps_bracketed_actor() -> None:
    text = (
        "History's miniseries Feud Country returns. A feud grows when Jed Ashby (Cole Hartley) quarrels "
        "with the Dunmores, and soon every Ashby is armed. Jed and his brother ride out at dawn."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Feud Country", person="Cole Hartley", character="Jed Ashby")


def test_title_in_brackets_is_no_actor() -> None:
    text = (
        "Netflix's comedy Ember Court adds its mortals: the cast also includes Lena Frost (When Night "
        "Falls), and more."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="credit", person="Night Falls")
    assert not has(found, type="credit", character="Lena Frost")


def test_lone_words_are_capitalised_words_said_alone() -> None:
    found = lone_words("Makes Dorian Vale (Iron Orchard) look regal. Vale stars, and Vale's crown gleams.")
    assert "Vale" in found
    assert "Orchard" not in found
    assert "Dorian" not in found
