"""Crew sentence shapes of published news, with invented shows and people: one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 5, 30)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_a_person_with_whom_a_show_comes_serving_as_its_showrunner_is_its_showrunner() -> None:
    text = (
        "Larkspur ordered “Copper Gulls,” a drama from producer Tobias Renner, with Ines Hallorann of "
        "“Glass Wolves” serving as its showrunner. Copper Gulls starts in May."
    )
    records = found(text)
    assert has(records, show="Copper Gulls", person="Ines Hallorann", role="showrunner")
    assert not has(records, show="Glass Wolves", role="showrunner")


def test_people_who_showrun_alongside_each_other_are_both_showrunners() -> None:
    text = (
        "“Copper Gulls” was created by Ines Hallorann. Hallorann writes and showruns alongside fellow "
        "executive producer Pell Adeyemi."
    )
    records = found(text)
    assert has(records, show="Copper Gulls", person="Ines Hallorann", role="showrunner")
    assert has(records, show="Copper Gulls", person="Pell Adeyemi", role="showrunner")


def test_people_a_show_is_created_and_produced_by_are_its_creators() -> None:
    text = (
        "Season 3 of Copper Gulls will launch on Larkspur on March 25. The series is created and executive "
        "produced by showrunners Ines Hallorann and Pell Adeyemi."
    )
    records = found(text)
    assert has(records, show="Copper Gulls", person="Pell Adeyemi", role="creator")
    assert has(records, show="Copper Gulls", person="Ines Hallorann", role="executive_producer")
