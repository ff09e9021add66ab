"""A week's round-up: each entry's heading names its title, and a nationality's word after a network's
possessive describes the show rather than naming it. Invented shows and people."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2026, 10, 5)

_WEEK = """What's Coming to Netflix This Week

Welcome to your weekly preview of everything new headed to Netflix.

Copper & Wren Season 2 (Wednesday)
The fantasy series from creator Ida Brisk returns this Wednesday with eight new episodes. Cas Ambler
reprises his role as the lamplighter Tobin Wren.

El Faro Rojo (Thursday)
Netflix's new Spanish-language thriller arrives on Thursday. Created by Nuria Ortega-Lanz, the series
stars Iago Ferrer as the investigator Sergio Nadal.

Our pick of the week: make it El Faro Rojo.
"""


def test_a_roundup_entry_heading_with_its_weekday_names_the_entrys_show() -> None:
    records = extracted_records(_WEEK, PUBLISHED)
    assert has(records, type="credit", show="El Faro Rojo", person="Nuria Ortega-Lanz", role="creator")
    assert has(records, type="credit", show="El Faro Rojo", person="Iago Ferrer", role="actor")
    assert not has(records, type="credit", show="Copper & Wren", person="Iago Ferrer")


def test_a_language_word_after_a_networks_possessive_is_no_title() -> None:
    records = extracted_records(_WEEK, PUBLISHED)
    assert not has(records, type="show", title="Spanish-language")
    assert not has(records, show="Spanish-language")
