"""`marquee db ...` maintenance commands."""

from __future__ import annotations

import sys

from db.bootstrap import SeedSummary, open_database
from db.engine import default_database_url, describe_url
from db.migrate import current_revision
from db.seed_files import SEED_DIR


def describe_seed(seed: SeedSummary | None) -> str:
    """What the seed step did, honestly: loaded, already there, or missing from the installation."""
    if seed is None or seed.files == 0:
        return f"no seed facts found in {SEED_DIR} (the installation is incomplete)"
    parts = []
    if seed.articles:
        plural = "s" if seed.articles != 1 else ""
        parts.append(f"{seed.articles} seed article{plural} loaded ({seed.facts} facts)")
    if seed.articles_already_present:
        plural = "s" if seed.articles_already_present != 1 else ""
        parts.append(f"{seed.articles_already_present} seed article{plural} already present")
    if seed.skipped:
        parts.append(f"{len(seed.skipped)} seed lines skipped")
    return ", ".join(parts) or "the seed files hold no articles"


async def upgrade(url: str | None) -> int:
    """Apply migrations and load the seed facts, then say where the database is and what was loaded."""
    database = await open_database(url)
    try:
        revision = await current_revision(database.engine)
    finally:
        await database.close()
    where = describe_url(url or default_database_url())
    print(f"Database {where}: revision {revision}; {describe_seed(database.seed)}.")
    if database.seed is None or database.seed.files == 0:
        print(f"marquee db upgrade: {describe_seed(database.seed)}; reinstall Marquee", file=sys.stderr)
        return 1
    return 0
