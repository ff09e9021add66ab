"""An Answer's confidence says how surely the question was understood: never 0 for a question answered."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation


@pytest.mark.parametrize(
    "question",
    [
        "did alice oseman write agatha all along",  # a yes/no credit check answered "No"
        "is kit connor in heartstopper",  # a yes/no cast check answered "Yes"
        "who plays nick and who plays charlie",  # two questions in one message
    ],
)
async def test_an_answered_question_has_a_confidence_above_zero(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question)
    assert answer.kind == "answer"
    assert 0.0 < answer.confidence <= 1.0


async def test_a_follow_up_check_has_a_confidence_above_zero(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("who plays nick in heartstopper", conversation)
    answer = await engine.answer("is he in agatha", conversation)
    assert answer.kind == "answer" and answer.text.startswith("No")
    assert answer.confidence > 0.0


async def test_a_question_nobody_can_answer_keeps_confidence_zero(engine: QuestionEngine) -> None:
    answer = await engine.answer("what colour is the sky on mars")
    assert answer.kind == "unknown"
    assert answer.confidence == 0.0
