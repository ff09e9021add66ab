"""facts_version: changes when any process adds facts (articles or catalog rows), stays put otherwise."""

from __future__ import annotations

import json
from pathlib import Path

from db.bootstrap import Database, open_database
from db.freshness import FactsVersion, facts_version
from db.importers.catalog import import_triples
from db.importers.jsonl import import_fact_lines

ARTICLE = [
    {"type": "article", "outlet": "Test Wire", "title": "Brightwater renewed", "published": "2024-08-01"},
    {"type": "show", "title": "Brightwater", "kind": "series", "network": "Channel 9"},
    {"type": "release", "show": "Brightwater", "season": 2, "date": "2025-01-10"},
]


async def _version(database: Database) -> FactsVersion:
    async with database.sessions() as session:
        return await facts_version(session)


async def test_version_follows_new_articles_and_catalog_rows(database_url: str, tmp_path: Path) -> None:
    bot_side = await open_database(database_url)
    # A second engine and pool on the same database: what a CLI process would be.
    other = await open_database(database_url, migrate=False, seed=False)
    try:
        start = await _version(bot_side)
        assert await _version(bot_side) == start  # nothing happened: nothing to reload
        async with other.sessions.begin() as session:
            await import_fact_lines(session, [json.dumps(r) for r in ARTICLE])
        after_article = await _version(bot_side)
        catalog = tmp_path / "kb.txt"
        catalog.write_text("Kismet|directed_by|William Dieterle\n", encoding="utf-8")
        await import_triples(other.sessions, catalog, "test-catalog")
        after_catalog = await _version(bot_side)
        # The same catalog source again: facts join its existing article, no new article row.
        catalog.write_text("Kismet|starred_actors|Marlene Dietrich\n", encoding="utf-8")
        await import_triples(other.sessions, catalog, "test-catalog")
        after_more = await _version(bot_side)
        assert await _version(bot_side) == after_more
    finally:
        await other.close()
        await bot_side.close()
    assert len({start, after_article, after_catalog, after_more}) == 4
    assert after_catalog[0] == after_more[0]  # same article count: only the fact rows tell
