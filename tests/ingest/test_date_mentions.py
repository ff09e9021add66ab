"""Date mentions in article text: absolute and relative dates, weekdays, and an article's leading date."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.dates import find_dates
from ingest.sentences import leading_date, split_sentences

PUBLISHED = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on October 3, 2024", dt.date(2024, 10, 3)),
        ("on Sept. 1", dt.date(2025, 9, 1)),
        ("on Friday, June 7", dt.date(2024, 6, 7)),  # the weekday picks the year (June 7, 2024 was a Friday)
        ("begins on Sunday, 10 November 2024", dt.date(2024, 11, 10)),
        ("2025-04-22", dt.date(2025, 4, 22)),
    ],
)
def test_absolute_dates(text: str, expected: dt.date) -> None:
    assert [m.day for m in find_dates(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("in one month", 2025, 4),
        ("next month", 2025, 4),
        ("later this year", 2025, None),
        ("this week", 2025, None),
    ],
)
def test_relative_dates(text: str, year: int, month: int | None) -> None:
    (mention,) = find_dates(text, PUBLISHED)
    assert (mention.year, mention.month, mention.relative) == (year, month, True)


def test_a_bare_weekday_is_a_date_only_after_a_release_verb() -> None:
    assert find_dates("Wednesday Season 2 will arrive soon.", PUBLISHED) == []
    (mention,) = find_dates("The show premieres Friday on Netflix.", PUBLISHED)
    assert mention.day == dt.date(2025, 3, 14)


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("It returns next month and on March 3.", None) == []


def test_leading_date_and_sentences() -> None:
    published, body = leading_date("date 2024-09-03 The show returns. Mr. Robot star Rami Malek joins.")
    assert published == dt.date(2024, 9, 3)
    assert [s.text for s in split_sentences(body)] == [
        "The show returns.",
        "Mr. Robot star Rami Malek joins.",
    ]
