"""What state a database is in, without changing it: reachable, migrated, seeded (for `marquee doctor`)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from db.migrate import current_revision, head_revision, known_revisions
from db.models import Article
from db.seed_files import seed_article_fingerprints


class SchemaState(enum.Enum):
    """How the database's schema compares with this version's migrations."""

    CURRENT = "current"
    EMPTY = "empty"  # no schema yet: the first start creates it
    BEHIND = "behind"  # an older revision: the next start (or `db upgrade`) migrates it
    UNKNOWN = "unknown"  # a revision these migrations don't have: a newer Marquee wrote it


@dataclass(frozen=True)
class DatabaseHealth:
    """The schema's revision and state, and how many of the bundled seed articles are stored."""

    revision: str | None
    head: str | None
    schema: SchemaState
    seed_articles: int  # in the installation
    seed_articles_stored: int  # of those, in the database


async def inspect_database(engine: AsyncEngine) -> DatabaseHealth:
    """Look at the database (raises the driver's error when it can't be reached)."""
    revision = await current_revision(engine)
    head = head_revision()
    revisions, _ = known_revisions()
    if revision is None:
        schema = SchemaState.EMPTY
    elif revision == head:
        schema = SchemaState.CURRENT
    elif revision in revisions:
        schema = SchemaState.BEHIND
    else:
        schema = SchemaState.UNKNOWN
    fingerprints = seed_article_fingerprints()
    stored = 0
    if schema is SchemaState.CURRENT and fingerprints:
        async with engine.connect() as connection:
            query = select(func.count()).select_from(Article).where(Article.fingerprint.in_(fingerprints))
            stored = int((await connection.execute(query)).scalar_one())
    return DatabaseHealth(revision, head, schema, len(fingerprints), stored)
