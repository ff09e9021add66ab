"""Database URLs read without SQLAlchemy: the default one, the async driver's spelling, and a plain SQLite
file's path (what a start that reads its stored snapshot directly needs, before SQLAlchemy is imported)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATA_DIR = Path("data")
_SQLITE_PREFIXES = ("sqlite+aiosqlite:///", "sqlite:///")


def default_database_url(data_dir: Path | None = None) -> str:
    """The embedded SQLite file used when no DATABASE_URL is configured."""
    directory = data_dir or Path(os.environ.get("MARQUEE_DATA_DIR", str(DEFAULT_DATA_DIR)))
    return f"sqlite+aiosqlite:///{directory.resolve() / 'marquee.db'}"


def normalise_url(url: str) -> str:
    """Accept plain postgres:// and sqlite:// URLs and pick the async drivers for them."""
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith("sqlite://") and not url.startswith("sqlite+"):
        return "sqlite+aiosqlite://" + url.split("://", 1)[1]
    return url


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain SQLite file URL (`sqlite:///data/marquee.db`, `sqlite+aiosqlite:////abs/x.db`),
    as SQLAlchemy reads it; None for any other URL, and for a plain one SQLAlchemy would read otherwise
    (a query string, %-escapes, a host, an in-memory database): those are left to SQLAlchemy."""
    prefix = next((p for p in _SQLITE_PREFIXES if url.startswith(p)), None)
    if prefix is None:
        return None
    database = url[len(prefix) :]
    if not database or any(mark in database for mark in "?%") or database.startswith((":memory:", "file:")):
        return None
    return Path(database)
