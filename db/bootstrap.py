"""Open a database ready for questions: engine, migrations, and the seed facts loaded once."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db.engine import create_engine, create_sessionmaker
from db.importers.jsonl import ImportSummary, import_fact_lines
from db.migrate import upgrade

SEED_DIR = Path(__file__).parent / "seed"
log = logging.getLogger(__name__)


@dataclass
class Database:
    """An engine and its session factory."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    async def close(self) -> None:
        """Release every pooled connection."""
        await self.engine.dispose()


async def load_seed(sessions: async_sessionmaker[AsyncSession]) -> ImportSummary:
    """Load the bundled seed facts; articles already present are left as they are."""
    total = ImportSummary()
    for path in sorted(SEED_DIR.glob("*.jsonl")):
        try:
            async with sessions.begin() as session:
                summary = await import_fact_lines(session, path.read_text(encoding="utf-8").splitlines())
        except IntegrityError:
            # Another process seeded the same article at the same moment; its copy stands.
            log.info("seed %s was loaded concurrently", path.name)
            continue
        total.articles += summary.articles
        total.articles_already_present += summary.articles_already_present
        total.facts += summary.facts
        total.skipped.extend(summary.skipped)
    return total


async def open_database(url: str | None = None, *, migrate: bool = True, seed: bool = True) -> Database:
    """Connect, apply migrations and load the seed facts (each step idempotent)."""
    engine = create_engine(url)
    if migrate:
        await upgrade(engine)
    sessions = create_sessionmaker(engine)
    if seed:
        await load_seed(sessions)
    return Database(engine, sessions)
