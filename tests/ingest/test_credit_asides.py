"""Credits told in passing (issue 9, news29b): a described part before the character's name, a character owned
by the actor ("Pudi's Abed"), a character with the show's name and the actor's surname in brackets, and crew
told of a pronoun. Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2024, 3, 1)


def _credit(found: list[dict[str, object]], **fields: object) -> bool:
    return has(found, type="credit", **fields)


def test_described_part_with_slashes_before_the_name() -> None:
    text = (
        "Tamber Road has been renewed for a third season at AMC. The drama earned acting nominations for "
        "star Lena Varga and Paolo Stride, who plays the cold-blooded enforcer/driver Vic Harlan."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Tamber Road", person="Paolo Stride", character="Vic Harlan")


def test_described_part_in_another_show_is_not_credited_here() -> None:
    text = (
        'Tamber Road has been renewed for a third season at AMC. "Tamber Road" owes a lot to Paolo Stride, '
        'who plays the cold-blooded driver Vic Harlan in "Dark Meadow." Dark Meadow is on HBO.'
    )
    found = extracted_records(text, _DAY)
    assert not _credit(found, show="Tamber Road", character="Vic Harlan")


def test_character_owned_by_the_actor() -> None:
    text = (
        "Netflix has cancelled Ferris Lane after two seasons. As Danny Vell's Abed so calmly told us in the "
        "finale, the town was never real."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Ferris Lane", person="Danny Vell", character="Abed")


def test_possessive_work_or_network_is_no_character() -> None:
    text = (
        "Netflix has cancelled Ferris Lane after two seasons. Priya Dorn's Netflix drama returns in May, and "
        "Jada Orr's Copper Saints is still in production."
    )
    found = extracted_records(text, _DAY)
    assert not _credit(found, character="Netflix")
    assert not _credit(found, character="Copper")


def test_character_with_the_show_name_and_surname_in_brackets() -> None:
    text = (
        "FX has set a date for the final season of Delacroix. The logline: Delacroix (Brisco) finally faces "
        "the family he left behind. The series stars Reuben Brisco."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Delacroix", person="Reuben Brisco", character="Delacroix")


def test_crew_told_of_a_pronoun() -> None:
    text = (
        "Netflix has released a new teaser for Cold Index, and the show's look screams Rhys Albin. He "
        "directs and executive produces this long-gestating series about the first DNA labs."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Cold Index", person="Rhys Albin", role="director")
    assert _credit(found, show="Cold Index", person="Rhys Albin", role="executive_producer")


def test_pronoun_crew_needs_one_person_before() -> None:
    text = (
        "Netflix has released a new teaser for Cold Index, from Rhys Albin and Tova Brand. He directs this "
        "long-gestating series about the first DNA labs."
    )
    found = extracted_records(text, _DAY)
    assert not _credit(found, show="Cold Index", role="director")
