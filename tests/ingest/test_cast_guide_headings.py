"""A cast guide's "Actor As Character" headings credit the article's show. Invented shows and people."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2026, 4, 20)

_GUIDE = """Harrow Point Season 2 Cast Guide: Every Returning Character

Harrow Point's second season is almost here. Harrow Point season 2 premieres Sunday, May 3, on HBO.

Delia Marsh As Detective Nora Quell
Marsh returns as the series' lead, the detective whose case upended the town.

Oskar Lindqvist-Barr As Father Tobin Ash
The parish priest with more secrets than his confessional can hold is back.

Pria Solano As Edie Quell
Nora's teenage daughter, Edie, takes on a bigger role this season.
"""


def test_each_actor_as_character_heading_of_a_cast_guide_is_a_credit() -> None:
    records = extracted_records(_GUIDE, PUBLISHED)
    assert has(
        records, show="Harrow Point", person="Delia Marsh", role="actor", character="Detective Nora Quell"
    )
    assert has(
        records,
        show="Harrow Point",
        person="Oskar Lindqvist-Barr",
        role="actor",
        character="Father Tobin Ash",
    )
    assert has(records, show="Harrow Point", person="Pria Solano", role="actor", character="Edie Quell")


def test_a_single_actor_as_character_line_is_no_cast_guide() -> None:
    text = (
        "Harrow Point returns on HBO on May 3 for its second season.\n\n"
        "Delia Marsh As The Widow\n"
        "A costume exhibition opens in London next week, with pieces from several dramas.\n"
    )
    assert not has(extracted_records(text, PUBLISHED), person="Delia Marsh", character="The Widow")
