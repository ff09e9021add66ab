"""INSERT ... ON CONFLICT DO NOTHING for SQLite and PostgreSQL: concurrent writers of one fact never fail."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Base


def insert_ignore(session: AsyncSession, table: type[Base], conflict: list[str] | None = None) -> Any:
    """An insert into `table` skipping rows that clash with a unique key (`conflict`, or any key if None)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing(index_elements=conflict)
