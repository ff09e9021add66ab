"""A fan's "els" (the last letter of "else" dropped) asks for someone's other work."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


async def test_els_asks_what_else(engine: QuestionEngine) -> None:
    answer = await engine.answer("what els did andy newberry direct", now=BEFORE_PREMIERE)
    assert "Shetland" in answer.text
