"""Producer lists, makers named through earlier work and described cast lists, in the shapes of published
news, with invented shows and people: one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2013, 7, 26)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_a_bracket_naming_what_the_maker_created_is_not_the_show_at_hand() -> None:
    records = found(
        "Starz has picked up a second season of Iron Tide. The series was created by showrunner and "
        'executive producer Joel Stein (creator "Harbor").'
    )
    assert has(records, show="Iron Tide", person="Joel Stein", role="creator")
    assert not has(records, show="Harbor")


def test_a_season_s_producer_listed_among_the_creators_is_a_creator() -> None:
    records = found(
        "Starz has renewed Iron Tide. The series was created by Joel Stein (Harbor) and season-two executive "
        "producer Rob Lane (Touchstone)."
    )
    assert has(records, show="Iron Tide", person="Rob Lane", role="creator")


def test_a_producers_partners_share_the_post() -> None:
    records = found(
        "Starz has picked up a second season of Iron Tide. Iron Tide is executive produced by Mick Bayer "
        "(Armada, Blast Radius) and his Dune Road partners Brad Fell and Andy Form."
    )
    for person in ("Mick Bayer", "Brad Fell", "Andy Form"):
        assert has(records, show="Iron Tide", person=person, role="executive_producer")


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        (
            "The Mick Bayer-produced drama Iron Tide will premiere on Starz in January.",
            "Mick Bayer",
            "executive_producer",
        ),
        ("Iron Tide is the brainchild of Harbor Road creator Felix Amari.", "Felix Amari", "creator"),
        (
            "Nora Fitch serves as creator and executive producer for the series.",
            "Nora Fitch",
            "executive_producer",
        ),
    ],
)
def test_makers_named_in_compact_wordings_hold_the_post(sentence: str, person: str, role: str) -> None:
    records = found(f"Starz has renewed Iron Tide for a second season. {sentence}")
    assert has(records, show="Iron Tide", person=person, role=role)


def test_a_cast_list_goes_on_through_described_people_and_in_addition_to() -> None:
    records = found(
        "Sentinel, from Owen Pike, returns with Mara Voss as a CIA chief. The Hulu original Sentinel stars "
        "Voss, Lena Ortiz, Oscar winner Tilda Crane and Emmy nominee Rob Kell in addition to Gina Salas."
    )
    for person in ("Mara Voss", "Lena Ortiz", "Tilda Crane", "Rob Kell", "Gina Salas"):
        assert has(records, show="Sentinel", person=person, role="actor")


def test_a_networks_original_names_its_network() -> None:
    records = found("The Hulu original Sentinel stars Mara Voss and Lena Ortiz.")
    assert has(records, type="show", title="Sentinel", network="Hulu")


def test_other_stars_a_show_includes_are_its_cast() -> None:
    records = found("Hulu has renewed Sentinel. Other series stars include Dev Annan and Jill Warner.")
    assert has(records, show="Sentinel", person="Jill Warner", role="actor")
