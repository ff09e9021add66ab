"""Open a database ready for questions: engine, migrations, and the seed facts loaded once."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db.engine import create_engine, create_sessionmaker, default_database_url, normalise_url
from db.errors import DatabaseUnavailable, explain
from db.importers.jsonl import ImportSummary, import_fact_lines
from db.migrate import upgrade
from db.seed_files import SEED_DIR

log = logging.getLogger(__name__)


@dataclass
class SeedSummary(ImportSummary):
    """What loading the seed did; `files` is 0 when the installation holds no seed at all."""

    files: int = 0


@dataclass
class Database:
    """An engine, its session factory, and what the seed step did (None when it was not run)."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    seed: SeedSummary | None = None

    async def close(self) -> None:
        """Release every pooled connection."""
        await self.engine.dispose()


async def load_seed(sessions: async_sessionmaker[AsyncSession]) -> SeedSummary:
    """Load the bundled seed facts; articles already present are left as they are."""
    total = SeedSummary()
    for path in sorted(SEED_DIR.glob("*.jsonl")):
        total.files += 1
        try:
            async with sessions.begin() as session:
                summary = await import_fact_lines(session, path.read_text(encoding="utf-8").splitlines())
        except IntegrityError:
            # Another process seeded the same article at the same moment; its copy stands.
            log.info("seed %s was loaded concurrently", path.name)
            total.articles_already_present += 1
            continue
        total.articles += summary.articles
        total.articles_already_present += summary.articles_already_present
        total.facts += summary.facts
        total.skipped.extend(summary.skipped)
    return total


async def open_database(url: str | None = None, *, migrate: bool = True, seed: bool = True) -> Database:
    """Connect, apply migrations and load the seed facts (each step idempotent).

    Raises DatabaseUnavailable, with a one-line reason, when the URL, the driver, the server or the schema
    is the problem.
    """
    shown = url or default_database_url()
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, OSError, ValueError) as exc:
        raise DatabaseUnavailable(explain(exc, normalise_url(shown))) from exc
    try:
        if migrate:
            await upgrade(engine)
        sessions = create_sessionmaker(engine)
        seeded = await load_seed(sessions) if seed else None
    except BaseException as exc:
        await engine.dispose()
        if isinstance(exc, SQLAlchemyError | OSError | TimeoutError) or _is_alembic_error(exc):
            raise DatabaseUnavailable(explain(exc, normalise_url(shown))) from exc
        raise
    return Database(engine, sessions, seeded)


def _is_alembic_error(exc: BaseException) -> bool:
    # A revision the code doesn't know (a newer Marquee migrated this database) and the like.
    return type(exc).__module__.startswith("alembic.")
