"""The part someone described by one show plays in another: the people credited in both, then their part in
the show asked about."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-parts", "outlet": "Test Wire", "title": "A star moves shows",
     "published": "2026-03-01"},
    {"type": "show", "title": "Brackwater", "kind": "series", "network": "Hulu"},
    {"type": "show", "title": "Kestrel Point", "kind": "series", "network": "Peacock"},
    {"type": "credit", "show": "Brackwater", "person": "Tomas Reyl", "role": "actor",
     "character": "Abel Dray"},
    {"type": "credit", "show": "Brackwater", "person": "Sia Monroe", "role": "actor",
     "character": "Lena Dray"},
    {"type": "credit", "show": "Kestrel Point", "person": "Tomas Reyl", "role": "actor",
     "character": "Harbourmaster Quill"},
]  # fmt: skip


@pytest.fixture
async def two_shows(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


async def test_the_actor_from_one_show_is_given_their_part_in_the_other(two_shows: QuestionEngine) -> None:
    answer = await chat(two_shows, "what does the actor from brackwater play in kestrel point")
    assert "Harbourmaster Quill" in answer.text
    assert "Abel Dray" not in answer.text


async def test_the_show_after_the_part_is_the_one_asked_about(two_shows: QuestionEngine) -> None:
    answer = await chat(two_shows, "which character is the guy from kestrel point playing in brackwater")
    assert "Abel Dray" in answer.text
    assert "Lena Dray" not in answer.text
