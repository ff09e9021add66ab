"""A season named after a question whose answer is the same for every season (where a show streams) repeats
the earlier question a season changes: "when is hs3 out" ... "which streamer" ... "and season 1?" asks
season 1's date."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation

AUTUMN = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_a_season_after_a_streaming_question_repeats_the_dated_one(engine: QuestionEngine) -> None:
    conversation = Conversation()
    for question in ("when is heartstopper 3 out", "and on which streamer"):
        await engine.answer(question, conversation, now=AUTUMN)
    answer = await engine.answer("and season 1?", conversation, now=AUTUMN)
    assert "April 22, 2022" in answer.text
