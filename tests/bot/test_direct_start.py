"""A start on a SQLite database that opening would leave as it is reads the stored snapshot directly (no
SQLAlchemy), answers as a start through the database does, and a stale snapshot is still rebuilt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.cli_ask import close, open_engine
from db.bootstrap import Database
from db.importers.jsonl import import_fact_lines
from intents.engine import QuestionEngine
from intents.stored_snapshot import snapshot_store
from tests.helpers import chat

ROOT = Path(__file__).resolve().parents[2]
NEW_ARTICLE = [
    '{"type": "article", "key": "test-direct", "outlet": "T", "title": "Q", "published": "2024-09-20"}',
    '{"type": "show", "title": "Quillmoor Estate", "kind": "series", "network": "Netflix"}',
    '{"type": "credit", "show": "Quillmoor Estate", "person": "Odile Farrant", "role": "director"}',
]
QUESTIONS = ("who plays nick in heartstopper", "when does heartstopper season 3 come out")
# Answers the questions as `marquee ask` does, then says whether SQLAlchemy was imported.
ASK_THEN_TELL = """
import sys
from bot.cli import main
for question in sys.argv[2:]:
    main(["ask", question, "--json", "--db", sys.argv[1]])
print(json.dumps("sqlalchemy" in sys.modules))
"""


def _ask_in_a_new_process(url: str) -> tuple[list[dict[str, object]], bool]:
    script = "import json\n" + ASK_THEN_TELL
    done = subprocess.run(
        [sys.executable, "-c", script, url, *QUESTIONS], cwd=ROOT, capture_output=True, text=True, check=True
    )
    *answers, imported = done.stdout.splitlines()
    return [json.loads(line) for line in answers], json.loads(imported)


async def test_a_start_on_an_unchanged_database_answers_the_same_without_sqlalchemy(
    seeded_db: Database, sqlite_url: str
) -> None:
    through_database = await QuestionEngine.from_sessions(
        seeded_db.sessions, store=snapshot_store(sqlite_url)
    )
    assert QuestionEngine.from_unchanged_database(sqlite_url) is not None  # stored by the start above
    answers, imported = _ask_in_a_new_process(sqlite_url)
    assert not imported
    for question, answer in zip(QUESTIONS, answers, strict=True):
        expected = await chat(through_database, question)
        assert [answer["text"], answer["answers"]] == [expected.text, list(expected.answers)]


async def test_a_snapshot_older_than_the_facts_is_rebuilt_through_the_database(
    seeded_db: Database, sqlite_url: str
) -> None:
    database, engine = await open_engine(sqlite_url)
    await close(database)
    assert QuestionEngine.from_unchanged_database(sqlite_url) is not None
    async with seeded_db.sessions.begin() as session:
        await import_fact_lines(session, NEW_ARTICLE)
    assert QuestionEngine.from_unchanged_database(sqlite_url) is None  # its key is for the old facts
    database, engine = await open_engine(sqlite_url)
    await close(database)
    assert database is not None  # opened, read afresh and stored again
    assert (await chat(engine, "who directed Quillmoor Estate")).answers[:1] == ("Odile Farrant",)
    direct = QuestionEngine.from_unchanged_database(sqlite_url)
    assert direct is not None
    assert (await chat(direct, "who directed Quillmoor Estate")).answers[:1] == ("Odile Farrant",)
