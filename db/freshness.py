"""A cheap fingerprint of the fact tables, so a running bot can tell when another process added facts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    Alias,
    Article,
    Award,
    Credit,
    Descriptor,
    Network,
    OtherWork,
    Person,
    Rating,
    Release,
    Season,
    Show,
)

FactsVersion = tuple[int | dt.datetime | None, ...]

# Every table the engine's snapshot is read from (see db/knowledge.py). Facts are only ever inserted (a
# corrected credit removes the credits it replaces, but always with a new admin article and credit),
# so a new max(id) anywhere means new facts; a catalog import can add facts to an existing article.
_FACT_TABLES = (Network, Show, Person, Release, Season, Credit, Rating, Award, Descriptor, OtherWork, Alias)


async def facts_version(session: AsyncSession) -> FactsVersion:
    """A value that changes whenever facts are added (or articles removed); one round trip.

    max(id) is an index look-up on SQLite and PostgreSQL alike; only the (small) articles table is
    counted, which also notices an article being deleted.
    """
    columns = [
        select(func.count(Article.id)).scalar_subquery(),
        select(func.max(Article.id)).scalar_subquery(),
        select(func.max(Article.added_at)).scalar_subquery(),
        *(select(func.max(table.id)).scalar_subquery() for table in _FACT_TABLES),
    ]
    row = (await session.execute(select(*columns))).one()
    return tuple(row)
