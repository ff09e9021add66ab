"""Cast sentence shapes of published news, with invented shows and people: one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 5, 30)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_people_who_lead_the_cast_of_a_show_are_its_actors() -> None:
    text = (
        "Mara Vellin and Tobias Renner lead the cast of Night Orchard, a new mystery. Night Orchard "
        "airs soon."
    )
    records = found(text)
    assert has(records, show="Night Orchard", person="Mara Vellin", role="actor")
    assert has(records, show="Night Orchard", person="Tobias Renner", role="actor")


def test_an_actor_returning_to_a_show_reprising_a_role_plays_that_role() -> None:
    text = (
        "Copper Gulls is back. Ines Hallorann is returning to Copper Gulls in Season 3, reprising "
        "her role as Wren Dacey."
    )
    assert has(found(text), show="Copper Gulls", person="Ines Hallorann", character="Wren Dacey")


def test_a_cast_list_after_describing_words_credits_each_actor() -> None:
    text = (
        "Copper Gulls is a new drama. In addition to its lead, the cast includes other "
        "well-known stage actors "
        "such as Ines Hallorann, Tobias Renner, and Pell Adeyemi."
    )
    records = found(text)
    assert has(records, show="Copper Gulls", person="Pell Adeyemi", role="actor")
    assert has(records, show="Copper Gulls", person="Tobias Renner", role="actor")


def test_starring_after_describing_words_credits_the_named_actor() -> None:
    text = "Copper Gulls, starring fan favorite Ines Hallorann, was renewed. Copper Gulls returns in May."
    assert has(found(text), show="Copper Gulls", person="Ines Hallorann", role="actor")


def test_an_actor_in_brackets_after_a_described_role_is_in_the_cast() -> None:
    text = (
        "“Tin Harbor” is a thriller. Tin Harbor follows a keeper recruited by a Navy officer (Ines "
        "Hallorann)."
    )
    assert has(found(text), show="Tin Harbor", person="Ines Hallorann", role="actor")


def test_a_director_in_brackets_is_no_actor() -> None:
    text = "“Tin Harbor” is a thriller. Tin Harbor comes from the director (Ines Hallorann) of Glass Wolves."
    assert not has(found(text), person="Ines Hallorann", role="actor")


def test_a_bracketed_actor_in_a_paragraph_about_another_show_is_not_the_articles() -> None:
    text = (
        "“Tin Harbor” premieres tonight. Tin Harbor is a thriller.\n\n"
        "Much like “Glass Wolves,” “Copper Gulls” is a soap. She is torn between her old flame "
        "(Pell Adeyemi) "
        "and her husband."
    )
    assert not has(found(text), show="Tin Harbor", person="Pell Adeyemi")


def test_a_person_taking_on_the_lead_role_is_in_the_cast() -> None:
    text = "Copper Gulls is a new drama. Ines Hallorann, who starred in Glass Wolves, takes on the lead role."
    assert has(found(text), show="Copper Gulls", person="Ines Hallorann", role="actor")


def test_the_person_named_before_a_cast_list_is_in_the_cast() -> None:
    text = (
        "Copper Gulls is a new drama. In addition to Ines Hallorann, the cast includes actors such "
        "as Pell Adeyemi."
    )
    assert has(found(text), show="Copper Gulls", person="Ines Hallorann", role="actor")


def test_an_actors_possessive_names_the_character_they_play() -> None:
    text = (
        "“Tin Harbor” premieres tonight with Mara Vellin and Tobias Renner. The standoff between Vellin's "
        "Odile and Tobias Renner's Hal is tense."
    )
    records = found(text)
    assert has(records, show="Tin Harbor", person="Mara Vellin", character="Odile")
    assert has(records, show="Tin Harbor", person="Tobias Renner", character="Hal")


def test_a_persons_possessive_before_a_title_names_no_character() -> None:
    text = (
        "“Tin Harbor” premieres tonight. It comes from Mara Vellin, and Mara Vellin's Glass Wolves was a hit."
    )
    assert not has(found(text), person="Mara Vellin", character="Glass Wolves")
