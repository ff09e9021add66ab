"""Questions about the date the last answer gave (conv33): the same date for a country or the world (never
held: said first), the years from it to another season's premiere, and whether a season is out now."""

from __future__ import annotations

import datetime as dt

from intents.answer import Answer
from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.helpers import AFTER_PREMIERE

BEFORE = dt.datetime(2024, 9, 30, 12, tzinfo=dt.UTC)


async def _chat(engine: QuestionEngine, now: dt.datetime, *questions: str) -> Answer:
    conversation = Conversation()
    answer = Answer(text="")
    for question in questions:
        answer = await engine.answer(question, conversation, now)
    return answer


async def test_a_date_asked_for_a_country_is_said_unheld_first(engine: QuestionEngine) -> None:
    answer = await _chat(
        engine,
        BEFORE,
        "When is Heartstopper Season 3 coming out?",
        "Is that date for the UK too, or only the US?",
    )
    assert (
        answer.text.startswith("I don't have premiere dates by country") and "October 3, 2024" in answer.text
    )


async def test_a_country_asked_of_a_date_is_no_show_nobody_knows(engine: QuestionEngine) -> None:
    answer = await _chat(
        engine,
        BEFORE,
        "heartstopper season 3 date?",
        "is that the release date in australia as well?",
        "ok and it's on netflix that day?",
    )
    assert answer.text.startswith("Yes") and "Australia" not in answer.text


async def test_us_the_fan_is_no_country(engine: QuestionEngine) -> None:
    answer = await _chat(engine, BEFORE, "when's hs3 out", "is that date good for us?")
    assert "by country" not in answer.text


async def test_years_before_a_season_from_the_last_date(engine: QuestionEngine) -> None:
    answer = await _chat(engine, AFTER_PREMIERE, "Heartstopper S1 release date?", "Years before S3?")
    assert answer.intent == "countdown" and "2 years" in answer.text


async def test_how_many_years_before_a_season_was_that(engine: QuestionEngine) -> None:
    answer = await _chat(
        engine, AFTER_PREMIERE, "when did hs s1 come out", "how many years before s3 was that?"
    )
    assert "between Friday, April 22, 2022 and Thursday, October 3, 2024" in answer.text


async def test_a_season_out_now_after_a_premiere_says_yes_first(engine: QuestionEngine) -> None:
    answer = await _chat(engine, AFTER_PREMIERE, "Heartstopper S1 release date?", "S3 out now?")
    assert answer.text.startswith("Yes")
