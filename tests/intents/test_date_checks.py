"""Checks and gaps against the last date given: "so 3 years ago today?" is an anniversary check, a distance
of a year is never "0 years", "how many days before that was s1" counts to the other premiere, and a yes/no
check over sixty days shows the days it turns on."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.answer import Answer
from intents.engine import QuestionEngine
from intents.timefmt import distance
from tests.helpers import chat


async def _on(engine: QuestionEngine, day: str, *questions: str) -> Answer:
    return await chat(engine, *questions, now=dt.datetime.fromisoformat(f"{day}T12:00:00+00:00"))


def test_a_year_to_the_day_is_one_year_not_zero() -> None:
    assert distance(dt.date(2024, 10, 3), dt.date(2025, 10, 3)) == "1 year ago"


def test_a_year_across_a_leap_day_short_of_the_anniversary_is_twelve_months() -> None:
    assert distance(dt.date(2024, 2, 29), dt.date(2025, 2, 28)) == "12 months ago"


@pytest.mark.parametrize(
    ("check", "verdict"),
    [
        ("so 4 years ago today?", "Yes"),
        ("omg so 3 years ago today?", "No"),
        ("so exactly 4 years ago?", "Yes"),
    ],
)
async def test_years_ago_today_checks_the_anniversary(
    engine: QuestionEngine, check: str, verdict: str
) -> None:
    answer = await _on(engine, "2026-04-22", "when did heartstopper first come out", check)
    assert answer.text.startswith(verdict)


async def test_a_day_past_the_anniversary_is_not_exactly_a_year(engine: QuestionEngine) -> None:
    answer = await _on(engine, "2025-10-04", "when did hs3 come out", "so exactly a year ago?")
    assert answer.text.startswith("No") and "366 days" in answer.text


async def test_a_bound_over_sixty_days_is_checked(engine: QuestionEngine) -> None:
    answer = await _on(engine, "2025-01-01", "when did hs3 come out", "so less than 100 days?")
    assert answer.text.startswith("Yes") and "90 days" in answer.text


async def test_a_relative_day_with_a_filler_word_is_checked(engine: QuestionEngine) -> None:
    answer = await _on(engine, "2024-09-17", "when's agatha all along out", "so tomorrow basically?")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("day", "first", "gap", "days"),
    [
        ("2025-10-03", "when did hs3 come out", "and how many days before that was s1", "895"),
        ("2025-04-22", "when did hs season 1 come out", "and how long after that did s3 arrive", "895"),
        ("2024-09-10", "when does agatha all along come out", "and how many days after that is hs3", "15"),
    ],
)
async def test_a_gap_before_or_after_that_counts_to_the_other_premiere(
    engine: QuestionEngine, day: str, first: str, gap: str, days: str
) -> None:
    answer = await _on(engine, day, first, gap)
    assert answer.text.startswith(f"{days} days")


@pytest.mark.parametrize(
    ("day", "first", "asked", "days"),
    [
        ("2025-01-01", "when did hs s1 come out", "and s3, how many days ago", "90 days ago"),
        ("2024-10-10", "is hs3 out yet", "and how many days ago was s1", "902 days ago"),
        ("2024-04-22", "when did hs come out", "and how many days until s3 from today", "in 164 days"),
    ],
)
async def test_how_many_days_is_answered_in_days_past_two_months(
    engine: QuestionEngine, day: str, first: str, asked: str, days: str
) -> None:
    answer = await _on(engine, day, first, asked)
    assert days in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("agatha all along premieres sept 28 on disney+ yes?", "No"),
        ("agatha all along premieres sept 18 on disney+ yes?", "Yes"),
        ("hs s3 drops oct 13 on netflix?", "No"),
        ("hs s3 drops oct 3 on netflix?", "Yes"),
    ],
)
async def test_a_claim_of_a_day_and_the_right_network_is_decided_by_the_day(
    engine: QuestionEngine, claim: str, verdict: str
) -> None:
    answer = await _on(engine, "2024-09-10", claim)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("day", "claim", "verdict"),
    [("2024-09-17", "agatha is tomorrow right?", "Yes"), ("2024-09-10", "is agatha tomorrow", "No")],
)
async def test_a_day_said_relative_to_today_is_checked_against_the_premiere(
    engine: QuestionEngine, day: str, claim: str, verdict: str
) -> None:
    answer = await _on(engine, day, claim)
    assert answer.text.startswith(verdict) and "September 18" in answer.text, answer.text


@pytest.mark.parametrize("asked", ["can i watch agatha tonight", "as of today, has agatha premiered?"])
async def test_today_and_tonight_say_now_not_a_day_asserted(engine: QuestionEngine, asked: str) -> None:
    answer = await _on(engine, "2024-09-25", asked)
    assert answer.text.startswith("Yes"), answer.text
