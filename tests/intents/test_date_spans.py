"""Follow-ups about the date the last answer gave: its distance in the unit asked, and whether it falls in a
span named relative to today."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.date_spans import in_unit
from tests.helpers import chat

PREMIERE = "when does heartstopper season 3 come out?"  # October 3, 2024; the engine's today is September 3


def test_a_distance_in_weeks_keeps_the_days_left_over() -> None:
    assert in_unit(dt.date(2024, 10, 3), dt.date(2024, 9, 3), "week") == "4 weeks and 2 days"


def test_a_distance_in_months_counts_calendar_months() -> None:
    assert in_unit(dt.date(2024, 2, 27), dt.date(2024, 10, 1), "month") == "7 months and 4 days"


def test_a_distance_in_years_under_a_year_says_months() -> None:
    assert in_unit(dt.date(2024, 2, 27), dt.date(2024, 10, 1), "year") == "7 months"


async def test_whats_that_in_weeks_answers_in_weeks(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "whats that in weeks")
    assert answer.intent == "countdown" and "4 weeks and 2 days" in answer.text


async def test_how_many_months_away_answers_in_months(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "how many months away is that")
    assert "1 month from today" in answer.text


async def test_in_like_a_month_is_yes_for_a_date_thirty_days_off(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "so thats in like a month right?")
    assert answer.text.startswith("Yes")


async def test_in_a_week_is_no_for_a_date_a_month_off(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "thats in a week right?")
    assert answer.text.startswith("No")


async def test_next_month_is_the_calendar_month_after_this_one(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "is that next month?")
    assert answer.text.startswith("Yes")


async def test_this_week_is_no_for_a_date_in_another_week(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "is that this week")
    assert answer.text.startswith("No")


async def test_is_it_out_yet_after_a_season_question_is_about_that_season(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "is it out yet then")
    assert answer.text.startswith("No")  # the show's first season is out, season 3 is not


async def test_so_its_out_already_is_checked_for_the_season_just_asked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "so its out already?")
    assert answer.text.startswith("No")


async def test_a_date_follow_up_after_another_question_uses_the_last_date_given(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, PREMIERE, "who directed it?", "how many days till then")
    assert answer.answers[:1] == ("2024-10-03",)


async def test_last_week_is_the_calendar_week_before_this_one(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "so it came out last week?")
    assert answer.text.startswith("No")


async def test_days_between_them_after_a_before_or_after_counts_both_dates(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "when is agatha all along out",
        "is that before or after heartstopper season 3?",
        "how many days between them",
    )
    assert "15 days" in answer.text


async def test_a_question_about_the_dates_is_not_what_an_ellipsis_repeats(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "how long ago was that?", "and agatha all along?")
    assert answer.answers[:1] == ("2024-09-18",)


async def test_a_span_asked_alone_checks_the_last_date(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "so next month?")
    assert answer.text.startswith("Yes")


def test_a_distance_under_a_month_asked_in_months_says_days() -> None:
    assert in_unit(dt.date(2024, 10, 3), dt.date(2024, 9, 13), "month") == "20 days"


async def test_days_between_that_and_another_show_compares_the_two_dates(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "how many days between that and agatha all along")
    assert "15 days" in answer.text


async def test_less_than_a_month_away_is_a_bound(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "thats less than a month away right")
    assert answer.text.startswith("No")  # 30 days away: not less than a month


async def test_a_distance_asked_back_is_checked_not_counted(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "30 days away then?")
    assert answer.text.startswith("Yes")


async def test_exactly_a_month_counts_calendar_months_to_the_day(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "a month away exactly?")
    assert answer.text.startswith("Yes")


async def test_exactly_four_weeks_is_no_for_a_date_thirty_days_off(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "exactly 4 weeks away?")
    assert answer.text.startswith("No")


async def test_what_is_the_day_after_a_date_gives_its_weekday(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "what's the day")
    assert answer.answers[:1] == ("Thursday",)
