"""A season the fan corrects the question to after it ("..., the newest season i mean") is the question's
season, even when the question describes its show by the people in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-ferncliff", "outlet": "Test Wire", "title": "Ferncliff changes directors",
     "published": "2026-03-01"},
    {"type": "show", "title": "Ferncliff", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Ferncliff", "season": 2, "date": "2026-05-01", "network": "Hulu"},
    {"type": "credit", "show": "Ferncliff", "person": "Odo Marren", "role": "actor", "character": "Wick"},
    {"type": "credit", "show": "Ferncliff", "person": "Rhea Tallis", "role": "actor", "character": "Moth"},
    {"type": "credit", "show": "Ferncliff", "person": "Bea Santos", "role": "director", "seasons": "1"},
    {"type": "credit", "show": "Ferncliff", "person": "Ilse Moor", "role": "director", "seasons": "2"},
]  # fmt: skip


@pytest.fixture
async def ferncliff(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


async def test_a_corrected_season_scopes_a_described_show(ferncliff: QuestionEngine) -> None:
    question = "who directed the show odo marren and rhea tallis are in? the newest season i mean"
    answer = await chat(ferncliff, question)
    assert "Ilse Moor" in answer.text
    assert "Bea Santos" not in answer.text
