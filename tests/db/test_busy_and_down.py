"""SQLite in WAL mode with busy retries; errors of a database that is down told apart from bugs."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError, ProgrammingError

from db import guilds
from db.availability import is_busy, is_unavailable, write
from db.bootstrap import open_database
from db.engine import create_engine, create_sessionmaker


async def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'm.db'}")
    try:
        async with engine.connect() as connection:
            mode = (await connection.execute(text("PRAGMA journal_mode"))).scalar()
    finally:
        await engine.dispose()
    assert mode == "wal"


async def test_a_write_waits_out_another_process_holding_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    await (await open_database(f"sqlite+aiosqlite:///{path}", seed=False)).close()
    engine = create_engine(f"sqlite+aiosqlite:///{path}", sqlite_busy_seconds=0.01)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock for 0.3 s
    asyncio.get_running_loop().call_later(0.3, other.execute, "COMMIT")
    try:
        await write(create_sessionmaker(engine), lambda s: guilds.set_prefix(s, 1, "?"))
        async with create_sessionmaker(engine)() as session:
            config = await guilds.get_config(session, 1)
    finally:
        other.close()
        await engine.dispose()
    assert config.prefix == "?"


def test_locked_is_busy() -> None:
    assert is_busy(OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")))


def test_a_refused_connection_means_the_database_is_down() -> None:
    assert is_unavailable(ConnectionRefusedError(111, "Connect call failed"))


def test_a_bad_statement_is_not_an_outage() -> None:
    assert not is_unavailable(ProgrammingError("SELECT nope", {}, Exception("syntax error")))


async def test_a_write_that_fails_for_another_reason_is_not_retried(tmp_path: Path) -> None:
    calls: list[int] = []
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'm.db'}")

    async def broken(session: object) -> None:
        calls.append(1)
        raise OperationalError("x", {}, Exception("no such table: nowhere"))

    try:
        with pytest.raises(OperationalError):
            await write(create_sessionmaker(engine), broken)
    finally:
        await engine.dispose()
    assert calls == [1]
