"""Constants and small helpers shared by tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.bootstrap import open_database
from db.importers.catalog import import_triples
from db.knowledge import Knowledge, load_knowledge
from intents.answer import Answer
from intents.engine import QuestionEngine
from intents.query import Conversation

# The seed article is dated 2024-09-03; "before" and "after" the season 3 premiere (2024-10-03).
BEFORE_PREMIERE = dt.datetime(2024, 9, 3, 12, 0, tzinfo=dt.UTC)
AFTER_PREMIERE = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
# ../shared beside the repository (present in the project's own checkout and in CI).
SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
# The repository checkout the tests run from.
REPO = Path(__file__).resolve().parents[1]


async def catalog_knowledge(directory: Path, triples: str) -> Knowledge:
    """The snapshot of a fresh SQLite database holding `triples` (MetaQA's subject|relation|object)."""
    path = directory / "catalog.txt"
    path.write_text(triples, encoding="utf-8")
    database = await open_database(f"sqlite+aiosqlite:///{directory / 'catalog.db'}")
    try:
        await import_triples(database.sessions, path)
        async with database.sessions() as session:
            return await load_knowledge(session)
    finally:
        await database.close()


async def replies(
    engine: QuestionEngine,
    *questions: str,
    now: dt.datetime | None = None,
    conversation: Conversation | None = None,
) -> list[Answer]:
    """The answers to `questions`, asked in order in one conversation: a new one unless `conversation` is
    given (to carry it on across calls); `now` is the clock every answer reads (None: the real one)."""
    conversation = Conversation() if conversation is None else conversation
    return [await engine.answer(question, conversation, now=now) for question in questions]


async def chat(
    engine: QuestionEngine,
    *questions: str,
    now: dt.datetime | None = None,
    conversation: Conversation | None = None,
) -> Answer:
    """The answer to the last of `questions` asked in one conversation (see `replies`); empty for none."""
    answers = await replies(engine, *questions, now=now, conversation=conversation)
    return answers[-1] if answers else Answer(text="")


async def reply_texts(
    engine: QuestionEngine,
    *questions: str,
    now: dt.datetime | None = None,
    conversation: Conversation | None = None,
) -> list[str]:
    """The text of each answer to `questions` asked in one conversation (see `replies`)."""
    return [answer.text for answer in await replies(engine, *questions, now=now, conversation=conversation)]


async def last_text(
    engine: QuestionEngine,
    *questions: str,
    now: dt.datetime | None = None,
    conversation: Conversation | None = None,
) -> str:
    """The text of the answer to the last of `questions` asked in one conversation (see `chat`)."""
    return (await chat(engine, *questions, now=now, conversation=conversation)).text


async def answered_text(engine: QuestionEngine, question: str, now: dt.datetime | None = None) -> str:
    """The text of the answer to one question in a new conversation, which must be an answer (kind
    "answer": not a "Did you mean", an unknown or a refusal)."""
    answer = await engine.answer(question, now=now)
    assert answer.kind == "answer", (question, answer.text)
    return answer.text
