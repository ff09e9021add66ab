"""Async engine and session factory for SQLite (default) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine.url import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

# Read without SQLAlchemy (db.urls); imported from here as before.
from db.urls import DEFAULT_DATA_DIR, default_database_url, normalise_url

__all__ = [
    "DEFAULT_DATA_DIR",
    "create_engine",
    "create_sessionmaker",
    "default_database_url",
    "describe_url",
    "normalise_url",
]

CONNECT_TIMEOUT = 10.0  # seconds


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the bot read while an import writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


SQLITE_BUSY_SECONDS = 5.0  # how long SQLite itself waits for another writer before "database is locked"


def create_engine(url: str | None = None, *, sqlite_busy_seconds: float = SQLITE_BUSY_SECONDS) -> AsyncEngine:
    """Create the async engine; a SQLite file's folder (data/ by default) is created on first use.

    Only the last folder is created: a path whose parent is missing too is most likely a typo in
    DATABASE_URL, reported (FileNotFoundError) rather than leaving stray folders behind.

    PostgreSQL connections are checked before use (pool_pre_ping), so a restarted server costs one failed
    question at most, not a pool of dead connections.
    """
    resolved = normalise_url(url or default_database_url())
    parsed = make_url(resolved)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).parent
            if not folder.is_dir():
                if not folder.parent.is_dir():
                    missing = f"neither the folder {folder} for the SQLite file nor its parent exists"
                    raise FileNotFoundError(missing)
                folder.mkdir(exist_ok=True)
        engine = create_async_engine(resolved, connect_args={"timeout": sqlite_busy_seconds})
        event.listen(engine.sync_engine, "connect", _enable_sqlite_pragmas)
        return engine
    # A server that never answers should fail a start in seconds, not asyncpg's default minute.
    connect_args = {"timeout": CONNECT_TIMEOUT} if parsed.get_driver_name() == "asyncpg" else {}
    return create_async_engine(resolved, pool_pre_ping=True, connect_args=connect_args)


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded values after commit, so results can leave the session."""
    return async_sessionmaker(engine, expire_on_commit=False)


def describe_url(url: str) -> str:
    """The URL with any password hidden, for logs."""
    return make_url(normalise_url(url)).render_as_string(hide_password=True)
