"""A SQLite database's facts version read with the standard library: the value the SQLAlchemy session reads,
given only when opening the database would change nothing (newest revision, seed stored)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.engine.url import make_url

from db.bootstrap import Database
from db.freshness import facts_version
from db.importers.jsonl import import_fact_lines
from db.seed_files import seed_article_fingerprints
from db.unchanged_sqlite import unchanged_facts_version
from db.urls import plain_sqlite_file

NEW_ARTICLE = [
    '{"type": "article", "key": "test-direct", "outlet": "T", "title": "Q", "published": "2024-09-20"}',
    '{"type": "show", "title": "Quillmoor Estate", "kind": "series", "network": "Netflix"}',
]


def _write(url: str, statement: str, *values: object) -> None:
    path = plain_sqlite_file(url)
    assert path is not None
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(statement, values)
        connection.commit()


async def _session_version(database: Database) -> tuple[object, ...]:
    async with database.sessions() as session:
        return await facts_version(session)


async def test_the_version_read_directly_is_the_sessions_before_and_after_new_facts(
    seeded_db: Database, sqlite_url: str
) -> None:
    before = unchanged_facts_version(sqlite_url)
    assert before is not None and before == await _session_version(seeded_db)
    async with seeded_db.sessions.begin() as session:
        await import_fact_lines(session, NEW_ARTICLE)
    after = unchanged_facts_version(sqlite_url)
    assert after == await _session_version(seeded_db) and after != before


async def test_a_database_behind_the_newest_revision_is_left_to_the_migrations(
    seeded_db: Database, sqlite_url: str
) -> None:
    _write(sqlite_url, "UPDATE alembic_version SET version_num = ?", "0001")
    assert unchanged_facts_version(sqlite_url) is None


async def test_a_database_missing_a_seed_article_is_left_to_the_seed(
    seeded_db: Database, sqlite_url: str
) -> None:
    seeds = sorted(seed_article_fingerprints())
    assert seeds
    _write(sqlite_url, "UPDATE articles SET fingerprint = 'other' WHERE fingerprint = ?", seeds[0])
    assert unchanged_facts_version(sqlite_url) is None


def test_a_missing_file_or_an_empty_database_is_left_to_sqlalchemy(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'm.db'}"
    assert unchanged_facts_version(url) is None
    assert not (tmp_path / "m.db").exists()  # read-only: nothing created
    sqlite3.connect(tmp_path / "m.db").close()  # a file without the schema
    assert unchanged_facts_version(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite:////tmp/m.db",
        "sqlite+aiosqlite:///data/marquee.db",
        "sqlite:///data/marquee.db",
        "sqlite+aiosqlite:///a#b.db",
        "sqlite+aiosqlite:///./x y.db",
    ],
)
def test_a_plain_sqlite_url_names_the_file_sqlalchemy_reads(url: str) -> None:
    parsed = make_url(url)
    assert parsed.database is not None
    assert plain_sqlite_file(url) == Path(parsed.database)


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite://",
        "sqlite+aiosqlite:///:memory:",
        "sqlite+aiosqlite:///m.db?mode=ro",
        "sqlite+aiosqlite:///a%20b.db",
        "sqlite+aiosqlite://host/m.db",
        "sqlite+pysqlite:///m.db",
        "postgresql+asyncpg://u:p@host/db",
    ],
)
def test_any_other_url_is_left_to_sqlalchemy(url: str) -> None:
    assert plain_sqlite_file(url) is None
