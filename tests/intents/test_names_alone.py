"""Names alone ("paul adelstein agatha?") ask whether someone is in a show: being in its cast answers that,
even when their character is not known; asking for the part ("what role ...") still says it is unknown."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


async def test_a_person_and_show_named_alone_is_answered_by_the_cast(engine: QuestionEngine) -> None:
    answer = await engine.answer("tobie donovan heartstopper?", Conversation(), now=NOW)
    assert answer.kind == "answer", answer
    assert "Tobie Donovan is in the cast of Heartstopper" in answer.text, answer.text


async def test_asking_for_the_part_says_it_is_not_known(engine: QuestionEngine) -> None:
    answer = await engine.answer("what part does tobie donovan have in heartstopper", Conversation(), now=NOW)
    assert answer.kind == "unknown", answer
