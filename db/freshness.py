"""A cheap fingerprint of the fact tables, so a running bot can tell when another process added facts, and a
start whether the snapshot stored beside a SQLite database still holds its facts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

# The values as the database driver gives them (a time as SQLite stores it: text), never converted by
# SQLAlchemy: a start reading the stored snapshot with the standard library's sqlite3 reads the same values.
FactsVersion = tuple[int | str | dt.datetime | None, ...]

# Every table the engine's snapshot is read from (see db/knowledge_queries.py). Facts are only ever inserted
# (a corrected credit removes the credits it replaces, but always with a new admin article and credit), so a
# new max(id) anywhere means new facts; a catalog import can add facts to an existing article.
FACT_TABLES = (
    "networks",
    "shows",
    "people",
    "releases",
    "seasons",
    "credits",
    "ratings",
    "awards",
    "descriptors",
    "other_work",
    "aliases",
)

# One statement, so every value comes from one moment. max(id) is an index look-up on SQLite and PostgreSQL
# alike; only the (small) articles table is counted, which also notices an article being deleted.
FACTS_VERSION_SQL = "SELECT " + ", ".join(
    [
        "(SELECT count(id) FROM articles)",
        "(SELECT max(id) FROM articles)",
        "(SELECT max(added_at) FROM articles)",
        *(f"(SELECT max(id) FROM {table})" for table in FACT_TABLES),
    ]
)


async def facts_version(session: AsyncSession) -> FactsVersion:
    """A value that changes whenever facts are added (or articles removed); one round trip."""
    from sqlalchemy import text  # here: the module is also read where SQLAlchemy is not imported

    row = (await session.execute(text(FACTS_VERSION_SQL))).one()
    return tuple(row)
