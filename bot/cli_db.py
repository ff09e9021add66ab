"""`marquee db ...` maintenance commands."""

from __future__ import annotations

from db.bootstrap import open_database
from db.engine import default_database_url, describe_url
from db.migrate import current_revision


async def upgrade(url: str | None) -> int:
    """Apply migrations and load the seed facts, then say where the database is."""
    database = await open_database(url)
    try:
        revision = await current_revision(database.engine)
    finally:
        await database.close()
    print(f"Database {describe_url(url or default_database_url())}: revision {revision}, seed facts loaded.")
    return 0
