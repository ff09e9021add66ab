"""Whether a named show belongs to a franchise, with the franchise word closing the question or a choice."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


@pytest.mark.parametrize(
    "question",
    [
        "is agatha all along part of the mcu",
        "agatha all along: marvel or nah",
        "is agatha all along in marvel or is it its own thing",
    ],
)
async def test_a_closing_franchise_word_after_a_named_show_is_checked(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=BEFORE_PREMIERE)
    assert answer.text.startswith("Yes")
    assert "Marvel" in answer.text


async def test_a_show_outside_the_franchise_is_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper part of marvel", now=BEFORE_PREMIERE)
    assert answer.text.startswith("No")
