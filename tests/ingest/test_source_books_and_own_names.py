"""A show's source book named in apposition ("the book series, 'The Crown Letters,'") and a person's own other
name in brackets ("Quint (real name Mara Quintero)") (issue 9, news38). Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 4, 9)

_BOOK_SERIES = (
    'Apple brings us its new series, "Tin Crown," and the first trailer is here.\n\n'
    'Based on Dora Vell\'s award-winning best-selling fantasy book series, "The Crown Letters," this new '
    "show was created by Emmy nominees Sam Ortiz and Lee Ortiz, and stars Mara Quint in the lead role."
)


def test_book_series_named_in_apposition_is_not_the_show_its_makers_made() -> None:
    found = extracted_records(_BOOK_SERIES, _DAY)
    assert has(found, type="credit", show="Tin Crown", person="Sam Ortiz", role="creator")
    assert has(found, type="credit", show="Tin Crown", person="Lee Ortiz", role="creator")
    assert not has(found, type="credit", show="The Crown Letters")


def test_novelist_behind_long_praise_of_the_book() -> None:
    text = (
        'Apple brings us its new series, "Tin Crown." Based on Dora Vell\'s best-selling Hugo and Nebula '
        "Award-winning book series, the show was created by Sam Ortiz."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Tin Crown", person="Dora Vell", role="novelist")


def test_real_name_in_brackets_is_no_role() -> None:
    text = (
        'The new HBO series "Glass Orchard" debuts Sunday. The idea came when Quint (real name Mara '
        "Quintero) was living in Ohio. Mara Quint plays Lila Rowe, a nurse."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="credit", character="Mara Quintero")
    assert has(found, type="credit", show="Glass Orchard", person="Mara Quint", character="Lila Rowe")


def test_authors_of_the_book_of_the_same_name() -> None:
    text = (
        'Amazon has dropped the trailer for "Tin Gods" Season 2.\n\nSeason 1 of the fantasy comedy ended in '
        "the same manner as Neil Garman and Terry Pratt’s 1990 book of the same name."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Tin Gods", person="Neil Garman", role="novelist")
    assert has(found, type="credit", show="Tin Gods", person="Terry Pratt", role="novelist")
