"""Whether opening a SQLite database would leave it as it is, read with the standard library's sqlite3.

Opening a database for questions (db.bootstrap.open_database) migrates it to the newest revision and loads
the seed articles it lacks; on a database at the newest revision with every seed article stored, both are
no-ops. Such a database's facts version (db.freshness) is then all a start needs to read the snapshot
stored beside it, and this reads it without importing SQLAlchemy, Alembic or aiosqlite (about a quarter of
a start's CPU time with a stored catalog snapshot).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from db.freshness import FACTS_VERSION_SQL, FactsVersion
from db.revisions import head_revision
from db.seed_files import seed_article_fingerprints
from db.urls import normalise_url, plain_sqlite_file


def unchanged_facts_version(url: str) -> FactsVersion | None:
    """The facts version of the SQLite file at `url` when opening it would change nothing (the newest
    schema revision, every seed article stored), read read-only in one transaction; None for any other
    database or URL, and on any error: the caller then opens the database as usual."""
    path = plain_sqlite_file(normalise_url(url))
    head = head_revision()
    if path is None or head is None or not path.is_file():
        return None
    seeds = sorted(seed_article_fingerprints())
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as connection:
            connection.execute("BEGIN")  # every read below sees one moment of the file
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != head:
                return None
            if seeds:
                marks = ", ".join("?" * len(seeds))
                query = f"SELECT count(*) FROM articles WHERE fingerprint IN ({marks})"
                if connection.execute(query, seeds).fetchone()[0] != len(seeds):
                    return None
            return tuple(connection.execute(FACTS_VERSION_SQL).fetchone())
    except (sqlite3.Error, OSError, ValueError):
        return None
