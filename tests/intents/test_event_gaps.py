"""A wait asked from the fan's plan on a premiere night is the span between the two premieres."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.event_gaps import planned_wait

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


def test_a_plan_on_a_premiere_night_asks_the_span_between_premieres() -> None:
    asked = planned_wait("if i watch agatha on premiere night how many days do i wait for hs3 after that")
    assert asked == "how many days between agatha and hs3"
    asked = planned_wait("watching agatha the night it comes out, then how long till heartstopper s3?")
    assert asked == "how many days between agatha and heartstopper s3"


def test_a_plan_without_a_premiere_day_is_no_such_question() -> None:
    assert planned_wait("if i watch agatha, how long for hs3") is None
    assert planned_wait("i watched agatha on premiere night, how was it") is None


async def test_the_planned_wait_is_answered_in_days(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "if i start agatha on its premiere day, how many days until hs3?", now=BEFORE
    )
    assert answer.text.startswith("There are 15 days between them")
