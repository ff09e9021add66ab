"""A known person's family ("does joe have any famous relatives") is private life no article gives: Marquee
says so, never a show's genre or a title made of the question's words."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation


@pytest.mark.parametrize(
    "question", ["does joe have any famous relatives", "is kit connor related to anyone famous"]
)
async def test_a_persons_relatives_are_private_life(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, Conversation())
    assert "private life" in answer.text
    assert "genre" not in answer.text


async def test_relatives_asked_after_someone_unknown_are_no_title(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("jenna ortega and joe locke are cousins right?", conversation)
    answer = await engine.answer("does joe have any famous relatives", conversation)
    assert "Have Relatives" not in answer.text and "private life" in answer.text
