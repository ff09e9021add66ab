"""'Who created X?' of a show with no creator on record says so first, then offers the novelist or writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-tidewell", "outlet": "Test Wire", "title": "Tidewell adapts a novel",
     "published": "2026-02-01"},
    {"type": "show", "title": "Tidewell", "kind": "series", "network": "Hulu"},
    {"type": "credit", "show": "Tidewell", "person": "Marla Quint", "role": "novelist"},
]  # fmt: skip


@pytest.fixture
async def tidewell(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


async def test_a_novelist_is_not_passed_off_as_the_creator(tidewell: QuestionEngine) -> None:
    answer = await tidewell.answer("who created tidewell", Conversation())
    assert answer.text.startswith("I don't have a creator for Tidewell")
    assert "Marla Quint" in answer.text
    assert answer.answers == ()


async def test_who_wrote_it_is_not_asked_for_a_creator(tidewell: QuestionEngine) -> None:
    answer = await tidewell.answer("who wrote tidewell", Conversation())
    assert not answer.text.startswith("I don't have a creator")


async def test_the_books_question_still_names_the_novelist(tidewell: QuestionEngine) -> None:
    answer = await tidewell.answer("who wrote the books tidewell is based on", Conversation())
    assert not answer.text.startswith("I don't")
    assert "Marla Quint" in answer.text
