"""Checks of the last answer's value: its date against a kind of day, its score against the other side."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_is_that_a_weekday_checks_the_last_date_falls_monday_to_friday(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when is heartstopper season 3 out", "is that a weekday")
    assert answer.text.startswith("Yes") and "Thursday" in answer.text


async def test_what_weekday_is_that_still_names_the_day(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when is heartstopper season 3 out", "what weekday is that")
    assert answer.text.startswith("Thursday")


async def test_that_compared_with_the_other_side_is_the_side_just_given(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "rotten tomatoes critics score for heartstopper", "is that more than the audience score"
    )
    assert answer.text.startswith("Yes")
