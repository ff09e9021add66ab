"""Casting-news shapes, with invented shows and people: one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 8, 1)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_a_person_cast_in_a_show_described_beside_it_is_its_actor() -> None:
    text = "Marcus Bell has been cast in Ember Vale, Hulu's upcoming fantasy drama, as an exiled prince."
    records = found(text)
    assert has(records, show="Ember Vale", person="Marcus Bell", role="actor")
    assert has(records, type="show", title="Ember Vale", network="Hulu")


def test_a_person_tapped_to_lead_a_show_is_its_actor() -> None:
    text = (
        "Sofia Grant has been tapped to lead Driftwood Hearts, a romantic comedy ordered to series at "
        "Netflix."
    )
    assert has(found(text), show="Driftwood Hearts", person="Sofia Grant", role="actor")


def test_a_show_that_has_cast_a_person_names_its_actor() -> None:
    text = "Ember Vale has cast Jane Okoro in the lead role. The fantasy drama begins filming this fall."
    assert has(found(text), show="Ember Vale", person="Jane Okoro", role="actor")


def test_a_full_name_in_brackets_in_a_cast_roster_is_the_role() -> None:
    text = (
        "The second season of Harrow Fields picks up months after the flood. Returning cast members "
        "include Jonah Pike (Ezra Cole) and Rhea Santos (Mila Cole)."
    )
    records = found(text)
    assert has(records, show="Harrow Fields", person="Jonah Pike", character="Ezra Cole")
    assert not has(records, type="work", person="Jonah Pike", title="Ezra Cole")


def test_a_single_word_in_brackets_in_a_cast_roster_is_no_role() -> None:
    text = (
        "Harrow Fields returns in May. The cast includes Jonah Pike (Marigold) and Rhea Santos (Tidewater)."
    )
    assert not has(found(text), person="Jonah Pike", character="Marigold")


def test_the_shows_own_star_named_after_a_comma_is_its_actor() -> None:
    text = (
        "Filming has wrapped on the second season of Iron Lantern, star Theo Marsh announced on "
        "Instagram. The Paramount+ series will return next year."
    )
    assert has(found(text), show="Iron Lantern", person="Theo Marsh", role="actor")
