"""Cast credits told in asides the plain cast patterns miss, with invented shows and people: one behaviour per
test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import credits, extracted_records, has

PUBLISHED = dt.date(2024, 3, 1)
OPENING = (
    "Harbor Lights will return for a second season on April 4, Skyline announced on Monday. "
    "The season stars Pell Arno and Wren Tally. "
)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_people_brought_in_by_with_who_are_also_set_to_appear_are_the_cast() -> None:
    records = found(
        OPENING + "Pell Arno leads as harbour master Nils Brant, with Jory Mast, Addie Crane and Lise Ovo "
        "also set to appear in the show."
    )
    for person in ("Jory Mast", "Addie Crane", "Lise Ovo"):
        assert has(records, show="Harbor Lights", person=person, role="actor")


def test_people_also_starring_in_another_title_are_not_this_cast() -> None:
    records = found(OPENING + "Arno worked with Jory Mast and Addie Crane, also starring in Tin Lantern.")
    assert not credits(records, "Jory Mast")


def test_an_actor_tapped_to_play_a_role_plays_it() -> None:
    records = found(OPENING + "Kip Dorran has been tapped to play Edda Brant, a ferry captain.")
    assert has(records, show="Harbor Lights", person="Kip Dorran", role="actor", character="Edda Brant")


def test_an_actor_in_their_role_as_a_character_plays_it() -> None:
    records = found(
        OPENING + "The trailer shows Arno in his celebrated role as the lighthouse keeper Nils Brant."
    )
    assert has(records, show="Harbor Lights", person="Pell Arno", role="actor", character="Nils Brant")


def test_a_quoted_nickname_before_an_actor_in_brackets_is_the_role() -> None:
    records = found(OPENING + "Nils clashes with “Captain Edda” (Kip Dorran) over the harbour.")
    assert has(records, show="Harbor Lights", person="Kip Dorran", role="actor", character="Captain Edda")


def test_a_person_cast_as_a_role_told_in_lower_case_is_in_the_cast() -> None:
    records = found(
        OPENING + "Skyline woos us with Ivo Marsh as Tomas Vell, a sailor, and Dara Pune as his landlady."
    )
    assert has(records, show="Harbor Lights", person="Dara Pune", role="actor")


def test_a_first_name_standing_alone_for_a_known_person_is_no_show() -> None:
    records = found(OPENING + "Photos show Pell and the rest of the cast at work, with Pell in a coat.")
    assert not any(r.get("show") == "Pell" or r.get("title") == "Pell" for r in records)
