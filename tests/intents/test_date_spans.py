"""Follow-ups about the date the last answer gave: its distance in the unit asked, and whether it falls in a
span named relative to today."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.date_spans import Unit, in_unit
from tests.helpers import chat

PREMIERE = "when does heartstopper season 3 come out?"  # October 3, 2024; the engine's today is September 3


@pytest.mark.parametrize(
    ("until", "today", "unit", "said"),
    [
        pytest.param(
            dt.date(2024, 10, 3), dt.date(2024, 9, 3), "week", "4 weeks and 2 days", id="weeks-keep-days"
        ),
        pytest.param(
            dt.date(2024, 2, 27), dt.date(2024, 10, 1), "month", "7 months and 4 days", id="calendar-months"
        ),
        pytest.param(
            dt.date(2024, 2, 27), dt.date(2024, 10, 1), "year", "7 months", id="under-a-year-in-months"
        ),
        pytest.param(
            dt.date(2024, 10, 3), dt.date(2024, 9, 13), "month", "20 days", id="under-a-month-in-days"
        ),
    ],
)
def test_a_distance_is_said_in_the_unit_asked(until: dt.date, today: dt.date, unit: Unit, said: str) -> None:
    assert in_unit(until, today, unit) == said


async def test_whats_that_in_weeks_answers_in_weeks(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "whats that in weeks")
    assert answer.intent == "countdown" and "4 weeks and 2 days" in answer.text


async def test_how_many_months_away_answers_in_months(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "how many months away is that")
    assert "1 month from today" in answer.text


async def test_a_distance_in_days_is_said_once(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "how long is that from today")
    assert answer.text.endswith("is in 30 days."), answer.text


# The premiere is 30 days after the engine's today (Tuesday, September 3 to Thursday, October 3).
@pytest.mark.parametrize(
    ("follow_up", "verdict"),
    [
        ("so thats in like a month right?", "Yes"),
        ("thats in a week right?", "No"),
        ("is that next month?", "Yes"),  # the calendar month after this one
        ("so next month?", "Yes"),  # a span asked alone
        ("is that this week", "No"),
        ("so it came out last week?", "No"),  # the calendar week before this one
        ("thats less than a month away right", "No"),  # a bound: 30 days is not less than a month
        ("30 days away then?", "Yes"),  # a distance asked back is checked, not counted
        ("a month away exactly?", "Yes"),  # calendar months to the day
        ("exactly 4 weeks away?", "No"),
    ],
)
async def test_a_span_named_is_checked_against_the_date_just_given(
    engine: QuestionEngine, follow_up: str, verdict: str
) -> None:
    answer = await chat(engine, PREMIERE, follow_up)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize("follow_up", ["is it out yet then", "so its out already?"])
async def test_out_yet_after_a_season_question_is_about_that_season(
    engine: QuestionEngine, follow_up: str
) -> None:
    answer = await chat(engine, PREMIERE, follow_up)
    assert answer.text.startswith("No")  # the show's first season is out, season 3 is not


async def test_a_date_follow_up_after_another_question_uses_the_last_date_given(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, PREMIERE, "who directed it?", "how many days till then")
    assert answer.answers[:1] == ("2024-10-03",)


@pytest.mark.parametrize(
    "questions",
    [
        pytest.param(
            (
                "when is agatha all along out",
                "is that before or after heartstopper season 3?",
                "how many days between them",
            ),
            id="between-them-after-before-or-after",
        ),
        pytest.param(
            (PREMIERE, "how many days between that and agatha all along"), id="between-that-and-a-show"
        ),
    ],
)
async def test_days_between_two_premieres_count_both_dates(
    engine: QuestionEngine, questions: tuple[str, ...]
) -> None:
    answer = await chat(engine, *questions)
    assert "15 days" in answer.text


async def test_a_question_about_the_dates_is_not_what_an_ellipsis_repeats(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "how long ago was that?", "and agatha all along?")
    assert answer.answers[:1] == ("2024-09-18",)


async def test_what_is_the_day_after_a_date_gives_its_weekday(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "what's the day")
    assert answer.answers[:1] == ("Thursday",)
