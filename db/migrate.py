"""Apply Alembic migrations from inside the running event loop.

Alembic is imported only when the schema is behind: a database already at head (every start but the
first) costs one small query, not the migration machinery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

# The revisions are read from the files without Alembic (db.revisions); imported from here as before.
from db.revisions import MIGRATIONS_DIR, head_revision, known_revisions

__all__ = [
    "MIGRATIONS_DIR",
    "alembic_config",
    "current_revision",
    "head_revision",
    "known_revisions",
    "upgrade",
]

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config that needs no alembic.ini on disk."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


# Any fixed number: the key of the PostgreSQL advisory lock every Marquee process takes to change the schema.
SCHEMA_LOCK_KEY = 0x4D61727175656531  # "Marquee1"


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema up to `revision` (default: the newest).

    On PostgreSQL the migration runs under a transaction-scoped advisory lock: processes starting together on
    one fresh database take turns, and those after the first find the schema already at `revision`.
    (SQLite serialises writers itself: its file lock plays the same part.)
    """
    if (
        revision == "head"
        and (head := head_revision()) is not None
        and await current_revision(engine) == head
    ):
        return
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        await connection.run_sync(_upgrade, revision)


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or None before the first migration."""
    async with engine.connect() as connection:
        try:
            return (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar()
        except DBAPIError:
            return None
