"""Concurrent set-up and writes: schema set-up under a lock, unique fact keys, summaries counting real writes.

The concurrency tests run on a uniquely named PostgreSQL database per test (created and dropped by the
`postgres_url` / `database_url` fixtures); each "process" is its own engine with its own connections.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.bootstrap import open_database
from db.engine import create_engine, create_sessionmaker
from db.importers.catalog import import_triples
from db.importers.jsonl import import_fact_lines
from db.migrate import current_revision, head_revision
from db.models import Credit, Person, Show

MARQUEE = Path(sys.executable).parent / "marquee"
ARTICLE = {
    "type": "article",
    "key": "dup-1",
    "outlet": "Test Wire",
    "title": "Dup",
    "published": "2025-01-02",
}
CREDIT = {"type": "credit", "show": "Dup Show", "person": "Ann Actor", "role": "actor", "character": "Cee"}
UNCREDITED = {"type": "credit", "show": "Dup Show", "person": "Bo Director", "role": "director"}
TRIPLES = "".join(
    f"Film {n}|directed_by|Director {n}\nFilm {n}|starred_actors|Actor {n}\n"
    f"Film {n}|release_year|{1910 + n % 90}\n"
    for n in range(300)
)


async def _count(session: AsyncSession, model: type[object]) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def _marquee_db_upgrade(url: str) -> int:
    process = await asyncio.create_subprocess_exec(
        str(MARQUEE), "db", "upgrade", "--db", url, stdout=asyncio.subprocess.DEVNULL
    )
    return await asyncio.wait_for(process.wait(), timeout=120)


async def test_processes_setting_up_one_fresh_postgres_database_all_succeed(postgres_url: str) -> None:
    # Real processes: Alembic keeps global state, so only separate processes race as a deployment would.
    codes = await asyncio.gather(*(_marquee_db_upgrade(postgres_url) for _ in range(3)))
    engine = create_engine(postgres_url)
    try:
        revision = await current_revision(engine)
    finally:
        await engine.dispose()
    assert [codes, revision] == [[0, 0, 0], head_revision()]


# One row per fact table with every nullable key column left NULL (NULLs must not make rows distinct).
FACT_ROWS: dict[str, dict[str, object]] = {
    "credits": {"show_id": 1, "person_id": 1, "role": "actor", "billing": 100, "article_id": 1},
    "releases": {"show_id": 1, "article_id": 1},
    "ratings": {
        "show_id": 1,
        "source": "S",
        "audience": "users",
        "value": 7.0,
        "scale": "/10",
        "article_id": 1,
    },
    "awards": {"show_id": 1, "body": "B", "outcome": "won", "article_id": 1},
    "other_work": {"person_id": 1, "title": "T", "article_id": 1},
}


@pytest.mark.parametrize("table", sorted(FACT_ROWS))
async def test_every_fact_table_refuses_a_duplicate_row(database_url: str, table: str) -> None:
    database = await open_database(database_url, seed=False)
    row = FACT_ROWS[table]
    insert = text(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})")
    try:
        async with database.sessions.begin() as session:
            await session.execute(
                text(
                    "INSERT INTO articles (id, outlet, title, kind, fingerprint)"
                    " VALUES (1, 'o', 't', 'news', 'f')"
                )
            )
            await session.execute(
                text("INSERT INTO shows (id, title, year_key, kind) VALUES (1, 'S', 0, 'film')")
            )
            await session.execute(text("INSERT INTO people (id, name) VALUES (1, 'P')"))
            await session.execute(insert, row)
        with pytest.raises(IntegrityError):
            async with database.sessions.begin() as session:
                await session.execute(insert, row)
    finally:
        await database.close()


async def test_a_repeated_fact_line_is_stored_once_and_counted_as_present(database_url: str) -> None:
    database = await open_database(database_url, seed=False)
    lines = [json.dumps(r) for r in (ARTICLE, CREDIT, CREDIT, UNCREDITED, UNCREDITED)]
    try:
        async with database.sessions.begin() as session:
            summary = await import_fact_lines(session, lines)
        async with database.sessions() as session:
            credits = await _count(session, Credit)
    finally:
        await database.close()
    assert [summary.facts, summary.facts_present, credits] == [2, 2, 2]


async def _import_alone(url: str, path: Path) -> tuple[int, int, int]:
    engine = create_engine(url)
    try:
        summary = await import_triples(create_sessionmaker(engine), path, batch_lines=200)
    finally:
        await engine.dispose()
    return summary.shows_created + summary.people_created, summary.facts_added, summary.facts_present


async def test_concurrent_catalog_imports_write_each_fact_once_and_count_only_what_they_wrote(
    postgres_url: str, tmp_path: Path
) -> None:
    await (
        await open_database(postgres_url, seed=False)
    ).close()  # the schema first: this test is about imports
    path = tmp_path / "kb.txt"
    path.write_text(TRIPLES, encoding="utf-8")
    results = await asyncio.gather(_import_alone(postgres_url, path), _import_alone(postgres_url, path))
    database = await open_database(postgres_url, seed=False)
    try:
        async with database.sessions() as session:
            stored = [
                await _count(session, Show) + await _count(session, Person),
                await _count(session, Credit),
            ]
    finally:
        await database.close()
    entities = sum(r[0] for r in results)
    facts = sum(r[1] for r in results)
    assert [entities, facts, stored] == [900, 900, [900, 600]]
