"""A show's lead-in or what it is up against in its time slot is no fact Marquee holds: the reply says so
instead of answering with the show's cast."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-slot", "outlet": "Test Wire", "title": "Copper Mill is a hit",
     "published": "2025-05-01"},
    {"type": "show", "title": "Copper Mill", "kind": "series", "network": "ABC"},
    {"type": "credit", "show": "Copper Mill", "person": "Ann Bell", "role": "actor", "character": "Rose"},
]  # fmt: skip


@pytest.fixture
async def engine(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


@pytest.mark.parametrize(
    "question",
    [
        "which hit show is copper mill's lead-in?",
        "what is copper mill up against in its time slot?",
        "what's the lead in for copper mill",
    ],
)
async def test_the_schedule_around_a_show_is_not_answered_with_its_cast(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question)
    assert answer.kind != "answer"
    assert "schedule" in answer.text


async def test_the_cast_question_still_answers(engine: QuestionEngine) -> None:
    answer = await engine.answer("who stars in copper mill?")
    assert answer.kind == "answer" and "Ann Bell" in answer.text
