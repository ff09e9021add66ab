"""The snapshot stored beside a SQLite database: read back only for the same facts and code, replaced after
new facts, never trusted when damaged; and a start from it answers as a start from the facts does."""

from __future__ import annotations

import pickle
from pathlib import Path

from db.bootstrap import Database, open_database
from db.fact_records import CreditFact
from db.freshness import facts_version
from db.importers.jsonl import import_fact_lines
from db.snapshot_store import SnapshotStore, source_fingerprint
from intents.engine import QuestionEngine
from intents.stored_snapshot import StoredSnapshot, snapshot_store
from tests.helpers import chat

NEW_ARTICLE = [
    '{"type": "article", "key": "test-store", "outlet": "T", "title": "Q", "published": "2024-09-20"}',
    '{"type": "show", "title": "Quillmoor Estate", "kind": "series", "network": "Netflix"}',
    '{"type": "credit", "show": "Quillmoor Estate", "person": "Odile Farrant", "role": "director"}',
]


async def _engine(database: Database, url: str) -> QuestionEngine:
    return await QuestionEngine.from_sessions(database.sessions, store=snapshot_store(url))


async def _ask(engine: QuestionEngine, question: str) -> tuple[str, tuple[object, ...]]:
    answer = await chat(engine, question)
    return answer.text, answer.answers


def test_a_store_lives_beside_a_sqlite_file_only(tmp_path: Path) -> None:
    store = SnapshotStore.beside(f"sqlite+aiosqlite:///{tmp_path / 'm.db'}", "code")
    assert store is not None and store.path == tmp_path / "m.db.snapshot"
    assert SnapshotStore.beside("sqlite+aiosqlite:///:memory:", "code") is None
    assert SnapshotStore.beside("postgresql+asyncpg://u:p@host/db", "code") is None


async def test_a_second_start_reads_the_stored_snapshot_and_answers_the_same(
    seeded_db: Database, sqlite_url: str
) -> None:
    first = await _engine(seeded_db, sqlite_url)
    store = first.store
    assert store is not None and store.path.is_file()
    async with seeded_db.sessions() as session:
        stored = store.load(await facts_version(session))
    assert isinstance(stored, StoredSnapshot)
    second = await _engine(seeded_db, sqlite_url)
    assert second.kb is not first.kb
    assert sorted(second.kb.shows) == sorted(first.kb.shows)
    assert second.kb.credits == first.kb.credits  # frozen records come back equal, and frozen
    assert all(type(credit) is CreditFact for credit in second.kb.credits.values())
    for question in ("who plays nick in heartstopper", "when does heartstopper season 3 come out"):
        assert await _ask(second, question) == await _ask(first, question)


async def test_new_facts_replace_the_stored_snapshot_at_the_next_start(
    seeded_db: Database, sqlite_url: str
) -> None:
    await _engine(seeded_db, sqlite_url)
    async with seeded_db.sessions.begin() as session:
        await import_fact_lines(session, NEW_ARTICLE)
    engine = await _engine(seeded_db, sqlite_url)
    _text, answers = await _ask(engine, "who directed Quillmoor Estate")
    assert answers[:1] == ("Odile Farrant",)
    again = await _engine(seeded_db, sqlite_url)  # from the snapshot stored with the new facts
    assert (await _ask(again, "who directed Quillmoor Estate"))[1][:1] == ("Odile Farrant",)


async def test_a_reload_after_new_facts_sees_them_and_stores_them(
    seeded_db: Database, sqlite_url: str
) -> None:
    engine = await _engine(seeded_db, sqlite_url)
    async with seeded_db.sessions.begin() as session:
        await import_fact_lines(session, NEW_ARTICLE)
    await engine.reload(seeded_db.sessions)
    assert (await _ask(engine, "who directed Quillmoor Estate"))[1][:1] == ("Odile Farrant",)
    assert engine.store is not None
    async with seeded_db.sessions() as session:
        assert isinstance(engine.store.load(await facts_version(session)), StoredSnapshot)


async def test_a_damaged_or_foreign_file_is_ignored_and_replaced(
    seeded_db: Database, sqlite_url: str
) -> None:
    engine = await _engine(seeded_db, sqlite_url)
    store = engine.store
    assert store is not None
    async with seeded_db.sessions() as session:
        version = await facts_version(session)
    body = store.path.read_bytes()
    store.path.write_bytes(body[: len(body) // 2])  # cut short
    assert store.load(version) is None
    restarted = await _engine(seeded_db, sqlite_url)
    assert (await _ask(restarted, "who plays nick in heartstopper"))[1]
    assert isinstance(store.load(version), StoredSnapshot)  # stored whole again
    store.path.write_bytes(store.key(version) + pickle.dumps("not a snapshot"))
    assert (await _ask(await _engine(seeded_db, sqlite_url), "who plays nick in heartstopper"))[1]


async def test_a_snapshot_from_other_code_is_not_read(seeded_db: Database, sqlite_url: str) -> None:
    engine = await _engine(seeded_db, sqlite_url)
    assert engine.store is not None
    async with seeded_db.sessions() as session:
        version = await facts_version(session)
    other_code = SnapshotStore(engine.store.path, engine.store.code + "-edited")
    assert other_code.load(version) is None
    assert engine.store.load(version) is not None


def test_the_code_fingerprint_follows_an_edit(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text("A = 1\n", encoding="utf-8")
    before = source_fingerprint([tmp_path])
    source.write_text("A = 22\n", encoding="utf-8")
    assert source_fingerprint([tmp_path]) != before


async def test_an_unwritable_folder_costs_the_store_not_the_start(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'm.db'}"
    database = await open_database(url)
    try:
        store = snapshot_store(url)
        assert store is not None
        store.path.mkdir()  # a folder where the file should go: it can't be replaced
        engine = await QuestionEngine.from_sessions(database.sessions, store=store)
        assert (await _ask(engine, "who plays nick in heartstopper"))[1]
    finally:
        await database.close()
