"""The renewal intent: renewals, final seasons and cancellations from status facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.bootstrap import open_database
from db.importers.jsonl import import_fact_lines
from intents.engine import QuestionEngine
from intents.query import Conversation

FACTS = [
    {"type": "article", "key": "t-renewal", "outlet": "Test Wire", "title": "Harbour Lights renewed",
     "published": "2025-05-01"},
    {"type": "show", "title": "Harbour Lights", "kind": "series", "network": "BBC One"},
    {"type": "descriptor", "show": "Harbour Lights", "kind": "status", "value": "renewed for season 3"},
]  # fmt: skip


@pytest.fixture
async def renewal_engine(tmp_path: Path) -> QuestionEngine:
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path}/renewal.db")
    try:
        async with database.sessions.begin() as session:
            await import_fact_lines(session, [json.dumps(f) for f in FACTS])
        return await QuestionEngine.from_sessions(database.sessions)
    finally:
        await database.close()


async def test_a_reported_renewal_answers_yes_for_its_season(renewal_engine: QuestionEngine) -> None:
    answer = await renewal_engine.answer("is harbour lights renewed for season 3?")
    assert answer.intent == "renewal"
    assert answer.text.startswith("Yes.")
    assert "season 3" in answer.text


async def test_a_season_beyond_the_renewal_is_not_claimed(renewal_engine: QuestionEngine) -> None:
    answer = await renewal_engine.answer("has harbour lights been renewed for season 5")
    assert answer.text.startswith("Not that I know of.")


async def test_every_season_reported_renewed_is_named(tmp_path: Path) -> None:
    facts = [
        *FACTS,
        {"type": "descriptor", "show": "Harbour Lights", "kind": "status", "value": "renewed for season 4"},
    ]
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path}/renewals.db")
    try:
        async with database.sessions.begin() as session:
            await import_fact_lines(session, [json.dumps(f) for f in facts])
        engine = await QuestionEngine.from_sessions(database.sessions)
    finally:
        await database.close()
    answer = await engine.answer("has harbour lights been renewed?")
    assert "season 3 and season 4" in answer.text


async def test_is_there_going_to_be_a_season_asks_about_the_conversations_show(
    renewal_engine: QuestionEngine,
) -> None:
    conversation = Conversation()
    await renewal_engine.answer("where can i watch harbour lights?", conversation)
    answer = await renewal_engine.answer("is there going to be a season 3", conversation)
    assert answer.intent == "renewal" and answer.text.startswith("Yes")
