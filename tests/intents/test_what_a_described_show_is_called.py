""" "What's <a show's description> with <someone> called" asks for the show's title, not the person's work
or the cast."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-gilded", "outlet": "Test Wire", "title": "A spin-off is named",
     "published": "2026-03-01"},
    {"type": "show", "title": "Gilded Hour", "kind": "series", "network": "Hulu",
     "synopsis": "A period drama spun off from a heist series.", "aliases": ["the Marrow spin-off"]},
    {"type": "credit", "show": "Gilded Hour", "person": "Tomas Reyl", "role": "actor", "billing": 1},
]  # fmt: skip


@pytest.fixture
async def gilded(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


async def test_a_described_show_with_someone_is_asked_by_name(gilded: QuestionEngine) -> None:
    answer = await chat(gilded, "whats the marrow spin-off with tomas reyl called")
    assert answer.kind == "answer"
    assert answer.text.startswith("Gilded Hour")
