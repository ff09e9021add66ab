"""Round-up items whose title is followed by an aside: a describing clause, or a bracket saying when."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 7, 20)


def test_a_show_with_a_describing_clause_that_died_after_two_seasons_is_cancelled() -> None:
    text = "Several shows are over. Tin Harbour, set in a flooded London, has died after two seasons."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="descriptor", show="Tin Harbour", value="canceled")
    assert has(found, type="season", show="Tin Harbour", number=2)


def test_a_title_with_a_bracket_saying_when_it_lands_is_released_then() -> None:
    text = "The network has four shows in the line-up. The last is Rust Crown (which lands in early 2026)."
    assert has(extracted_records(text, PUBLISHED), type="release", show="Rust Crown", year=2026)


def test_a_title_with_a_bracket_saying_when_it_debuts_is_released_that_day() -> None:
    text = "Next up is Gold Pike (which debuts September 30th), from the makers of the hit."
    assert has(extracted_records(text, PUBLISHED), type="release", show="Gold Pike", date="2024-09-30")


def test_a_show_that_will_be_ending_with_its_sixth_season_has_a_final_season() -> None:
    text = "Also announced yesterday, HBO's Wolf Glen will be ending with its upcoming sixth season."
    assert has(
        extracted_records(text, PUBLISHED), type="descriptor", show="Wolf Glen", value="final season: 6"
    )
