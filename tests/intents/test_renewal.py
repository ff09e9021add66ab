"""The renewal intent: renewals, final seasons and cancellations from status facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-renewal", "outlet": "Test Wire", "title": "Harbour Lights renewed",
     "published": "2025-05-01"},
    {"type": "show", "title": "Harbour Lights", "kind": "series", "network": "BBC One"},
    {"type": "descriptor", "show": "Harbour Lights", "kind": "status", "value": "renewed for season 3"},
]  # fmt: skip


@pytest.fixture
async def renewal_engine(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


async def test_a_reported_renewal_answers_yes_for_its_season(renewal_engine: QuestionEngine) -> None:
    answer = await renewal_engine.answer("is harbour lights renewed for season 3?")
    assert answer.intent == "renewal"
    assert answer.text.startswith("Yes.")
    assert "season 3" in answer.text


async def test_a_season_beyond_the_renewal_is_said_first_to_have_no_renewal_held(
    renewal_engine: QuestionEngine,
) -> None:
    answer = await renewal_engine.answer("has harbour lights been renewed for a fifth season?")
    assert answer.text.startswith("Not that I know of: I don't have a renewal for season 5 in my facts.")
    assert "renewed for season 3" in answer.text


async def test_every_season_reported_renewed_is_named(tmp_path: Path) -> None:
    facts = [
        *FACTS,
        {"type": "descriptor", "show": "Harbour Lights", "kind": "status", "value": "renewed for season 4"},
    ]
    engine = QuestionEngine(await load_invented(tmp_path, facts))
    answer = await engine.answer("has harbour lights been renewed?")
    assert "season 3 and season 4" in answer.text


async def test_is_there_going_to_be_a_season_asks_about_the_conversations_show(
    renewal_engine: QuestionEngine,
) -> None:
    conversation = Conversation()
    await renewal_engine.answer("where can i watch harbour lights?", conversation)
    answer = await renewal_engine.answer("is there going to be a season 3", conversation)
    assert answer.intent == "renewal" and answer.text.startswith("Yes")
