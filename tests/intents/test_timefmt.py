"""Dates told relative to now."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.timefmt import distance, long_date

PREMIERE = dt.date(2024, 10, 3)


def test_long_date_names_the_weekday() -> None:
    assert long_date(PREMIERE) == "Thursday, October 3, 2024"


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2024, 9, 3), "in 30 days"),
        (dt.date(2024, 6, 10), "in 4 months (115 days)"),
        (dt.date(2024, 10, 2), "tomorrow"),
        (dt.date(2024, 10, 3), "today"),
        (dt.date(2024, 10, 4), "yesterday"),
        (dt.date(2024, 11, 2), "30 days ago"),
        (dt.date(2025, 2, 3), "4 months ago"),
        (dt.date(2026, 11, 25), "2 years ago"),
        (dt.date(2023, 10, 3), "in 1 year"),
    ],
)
def test_distance(today: dt.date, expected: str) -> None:
    assert distance(PREMIERE, today) == expected
