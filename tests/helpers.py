"""Constants and small helpers shared by tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.bootstrap import open_database
from db.importers.catalog import import_triples
from db.knowledge import Knowledge, load_knowledge

# The seed article is dated 2024-09-03; "before" and "after" the season 3 premiere (2024-10-03).
BEFORE_PREMIERE = dt.datetime(2024, 9, 3, 12, 0, tzinfo=dt.UTC)
AFTER_PREMIERE = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
# ../shared beside the repository (present in the project's own checkout and in CI).
SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
# The repository checkout the tests run from.
REPO = Path(__file__).resolve().parents[1]


async def catalog_knowledge(directory: Path, triples: str) -> Knowledge:
    """The snapshot of a fresh SQLite database holding `triples` (MetaQA's subject|relation|object)."""
    path = directory / "catalog.txt"
    path.write_text(triples, encoding="utf-8")
    database = await open_database(f"sqlite+aiosqlite:///{directory / 'catalog.db'}")
    try:
        await import_triples(database.sessions, path)
        async with database.sessions() as session:
            return await load_knowledge(session)
    finally:
        await database.close()
