"""A maker list cut where a new clause starts ("by A, and B and C are serving as showrunners"), "directed and
executive produced by A", and casting in the -ing form ("A would be playing B", "A will be guest-starring as
B", "played by newcomer A"), and a role opening with a title ("A's Dr. Mae Holloway") (invented names)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2021, 8, 10)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_names_after_comma_and_with_their_own_verb_are_not_in_the_makers_list() -> None:
    text = (
        "Ember news\n\nThe drama Ember is executive produced by Tom Brack, and Jo Ames and Ben Tull are "
        "serving as showrunners."
    )
    records = found(text)
    assert has(records, type="credit", person="Tom Brack", role="executive_producer")
    assert not has(records, type="credit", person="Jo Ames", role="executive_producer")
    assert has(records, type="credit", person="Ben Tull", role="showrunner")


def test_directed_and_executive_produced_by_gives_the_director() -> None:
    text = "Ember news\n\nThe drama Ember is directed and executive produced by Tom Brack."
    assert has(found(text), type="credit", show="Ember", person="Tom Brack", role="director")


def test_would_be_playing_gives_the_role() -> None:
    text = "Ember casting\n\nRafe Doyle would be playing Hugo Vance in the drama Ember, Hulu said."
    assert has(found(text), type="credit", show="Ember", person="Rafe Doyle", character="Hugo Vance")


def test_will_be_guest_starring_as_gives_the_role() -> None:
    text = "Ember casting\n\nMina Sorel will be guest-starring as Lady Vance in the drama Ember, Hulu said."
    assert has(found(text), type="credit", show="Ember", person="Mina Sorel", character="Lady Vance")


def test_played_by_a_described_newcomer_is_an_acting_credit() -> None:
    text = "Ember casting\n\nThe drama Ember follows the youngest daughter, played by newcomer Ada Lint."
    assert has(found(text), type="credit", show="Ember", person="Ada Lint", role="actor")


def test_an_actors_role_with_a_title_keeps_the_whole_name() -> None:
    text = "Ember review\n\nThe CBS thriller Ember is back. Cora Vinter's Dr. Mae Holloway has a dream."
    records = found(text)
    assert has(records, type="credit", person="Cora Vinter", character="Dr. Mae Holloway")
    assert not has(records, type="credit", person="Cora Vinter", character="Dr")
