"""INSERT ... ON CONFLICT DO NOTHING for SQLite and PostgreSQL: concurrent writers of one fact never fail."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Base


def insert_ignore(session: AsyncSession, table: type[Base], conflict: list[str] | None = None) -> Any:
    """An insert into `table` skipping rows that clash with a unique key (`conflict`, or any key if None)."""
    # Each dialect's module is imported when first used: a SQLite start-up (the seed step runs on every start)
    # need not pay for PostgreSQL's.
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table).on_conflict_do_nothing(index_elements=conflict)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table).on_conflict_do_nothing(index_elements=conflict)
