"""Before or after a premiere known only by its year: "is that before wandavision" after Heartstopper's
April 2022 date is no (WandaVision came out in 2021), never the order read backwards."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation

AUTUMN = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_a_date_checked_against_an_earlier_year_is_after(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("when did heartstopper first come out", conversation, now=AUTUMN)
    answer = await engine.answer("is that before wandavision", conversation, now=AUTUMN)
    assert answer.text.startswith("No, after")
    assert "2021" in answer.text
