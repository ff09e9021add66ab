"""Follow-ups about the date the last answer gave, in the invented world (today May 1, 2025): its weekday, a
holiday before or after it, the span to another premiere, a yes/no order check, and a show the question names
instead of the last date's."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.holidays import holiday
from tests.helpers import chat

LANTERNS_S2 = "when does copper lanterns season 2 come out"  # Thursday, June 5, 2025


def test_thanksgiving_is_the_fourth_thursday_of_november() -> None:
    assert holiday(["thanksgiving"], 2025) == ("Thanksgiving", dt.date(2025, 11, 27))


def test_words_that_name_no_holiday_give_none() -> None:
    assert holiday(["the", "finale"], 2025) is None


async def test_what_weekday_answers_the_last_dates_weekday(world: QuestionEngine) -> None:
    answer = await chat(world, LANTERNS_S2, "and what weekday")
    assert answer.text.startswith("Thursday")


async def test_which_day_of_the_week_does_that_fall_on(world: QuestionEngine) -> None:
    answer = await chat(world, LANTERNS_S2, "which day of the week does that fall on?")
    assert answer.text.startswith("Thursday")


async def test_out_by_halloween_is_yes_for_a_june_date(world: QuestionEngine) -> None:
    answer = await chat(world, LANTERNS_S2, "so itll be out by halloween?")
    assert answer.text.startswith("Yes") and "Halloween" in answer.text


async def test_after_christmas_is_no_for_a_june_date(world: QuestionEngine) -> None:
    answer = await chat(world, LANTERNS_S2, "is that after christmas")
    assert answer.text.startswith("No, before")


async def test_is_that_before_another_premiere_says_before_and_yes(world: QuestionEngine) -> None:
    answer = await chat(
        world, "when does harbor nine season 2 come out", "is that before copper lanterns s2?"
    )
    assert answer.text.startswith("Yes, before")


async def test_before_or_after_asks_which_without_yes_or_no(world: QuestionEngine) -> None:
    answer = await chat(world, "is copper lanterns season 2 out before or after harbor nine season 2")
    assert answer.text.startswith("After")


async def test_between_that_and_a_season_alone_is_the_same_shows_season(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "when did copper lanterns season 1 come out",
        "how much time between that and the season 2 premiere",
    )
    assert answer.text.startswith("818 days")


async def test_how_long_till_that_after_naming_another_show_is_that_shows(world: QuestionEngine) -> None:
    answer = await chat(
        world, "when does harbor nine season 2 come out", "and the copper lanterns one, how long till that"
    )
    assert "June 5, 2025" in answer.text and "May 20" not in answer.text


async def test_a_weekday_claimed_for_a_premiere_is_checked(world: QuestionEngine) -> None:
    answer = await chat(world, "copper lanterns s2 is on a thursday right?")
    assert answer.text.startswith("Yes")
