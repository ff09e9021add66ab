"""An invented world of fact lines loaded into a fresh SQLite database, for tests needing their own shows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from db.bootstrap import open_database
from db.importers.jsonl import import_fact_lines
from db.knowledge import Knowledge, load_knowledge


async def load_invented(directory: Path, facts: Iterable[object]) -> Knowledge:
    """The snapshot of the seed facts plus `facts` (JSONL records), stored through the real importer."""
    database = await open_database(f"sqlite+aiosqlite:///{directory / 'invented.db'}")
    try:
        async with database.sessions.begin() as session:
            await import_fact_lines(session, [json.dumps(f) for f in facts])
        async with database.sessions() as session:
            return await load_knowledge(session)
    finally:
        await database.close()
