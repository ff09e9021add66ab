"""A second person set after the question about the first with "vs" ("which seasons did euros lyn direct vs
andy newberry") is asked the same question: each one's answer in turn."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


async def test_a_person_after_vs_is_asked_the_same_question(engine: QuestionEngine) -> None:
    answer = await engine.answer("what has andy newberry directed vs euros lyn", now=BEFORE_PREMIERE)
    assert "Shetland" in answer.text
    assert "Doctor Who" in answer.text
