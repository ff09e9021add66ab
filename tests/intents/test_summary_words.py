"""A fan's word for a summary ("a quick rundown", "the gist") asks what the show is about."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


@pytest.mark.parametrize(
    "question",
    [
        "could i get a quick rundown of heartstopper",
        "whats the gist of heartstopper",
        "mum asked about heartstopper. anyone got a short rundown of the premise?",
    ],
)
async def test_a_summary_word_asks_what_the_show_is_about(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE_PREMIERE)
    assert answer.intent == "about"
    assert "Charlie and Nick" in answer.text
