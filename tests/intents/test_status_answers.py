"""A show's renewal or cancellation answers the questions it settles: "did netflix cancel X", "is X coming
back", even when no premiere date is on record."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-status", "outlet": "Test Wire", "title": "News", "published": "2025-02-01"},
    {"type": "show", "title": "Glass Orchard", "kind": "series", "network": "Netflix"},
    {"type": "descriptor", "show": "Glass Orchard", "kind": "status", "value": "cancelled after season 2"},
    {"type": "show", "title": "Harbor Kings", "kind": "series", "network": "Apple TV+"},
    {"type": "descriptor", "show": "Harbor Kings", "kind": "status", "value": "renewed for season 3"},
    {"type": "show", "title": "Mill Lane", "kind": "series", "network": "Syfy"},
    {"type": "descriptor", "show": "Mill Lane", "kind": "status", "value": "renewed for season 3"},
    {"type": "release", "show": "Mill Lane", "season": 3, "year": 2027, "network": "Syfy"},
]  # fmt: skip


@pytest.fixture
async def engine(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


@pytest.mark.parametrize("question", ["did netflix cancel glass orchard", "did netflix axe glass orchard"])
async def test_a_network_cancelling_a_show_is_asked_about_its_fate(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, Conversation())
    assert "cancelled" in answer.text
    assert "You can watch" not in answer.text


async def test_coming_back_without_a_date_is_answered_by_a_renewal(engine: QuestionEngine) -> None:
    answer = await engine.answer("is harbor kings coming back for season 3", Conversation())
    assert answer.text.startswith("Yes.")
    assert "I don't have a premiere date" in answer.text and "renewed for season 3" in answer.text


async def test_coming_back_without_a_date_is_answered_by_a_cancellation(engine: QuestionEngine) -> None:
    answer = await engine.answer("is glass orchard coming back", Conversation())
    assert answer.text.startswith("No.")
    assert "cancelled after season 2" in answer.text


async def test_renewed_for_a_season_with_a_date_says_renewed(engine: QuestionEngine) -> None:
    answer = await engine.answer("did mill lane get renewed for season 3", Conversation())
    assert answer.text.startswith("Yes.") and "renewed" in answer.text


async def test_a_date_asked_of_a_renewed_show_stays_unanswered_beside_its_renewal(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("when does harbor kings season 3 premiere", Conversation())
    assert answer.kind == "unknown" and answer.answers == ()
    assert answer.text.startswith("I don't have a premiere date") and "renewed for season 3" in answer.text
