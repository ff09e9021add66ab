"""A fact record rejected half-way leaves nothing behind, whichever path imports it (a SAVEPOINT each)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import bootstrap
from db.bootstrap import load_seed, open_database
from db.importers.catalog import import_catalog
from db.importers.jsonl import import_fact_lines
from db.models import Person, Show

ARTICLE = {
    "type": "article",
    "key": "rejects-1",
    "outlet": "Test Wire",
    "title": "A test",
    "published": "2025-01-02",
}
# Valid enough to write a show, a person and a credit before its aliases turn out not to be a list.
HALF_WRITTEN = {
    "type": "credit",
    "show": "Ghost Show",
    "person": "Ghost Person",
    "role": "actor",
    "person_aliases": 5,
}
BAD_SEASON = {"type": "release", "show": "Phantom Show", "season": "two", "date": "2025-05-01"}


def _jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


async def _count(url: str, model: type[Show] | type[Person], name: str) -> int:
    database = await open_database(url, seed=False)
    try:
        async with database.sessions() as session:
            column = Show.title if model is Show else Person.name
            return int(
                await session.scalar(select(func.count()).select_from(model).where(column == name)) or 0
            )
    finally:
        await database.close()


async def test_a_record_failing_after_its_show_was_written_leaves_no_show_or_person(
    database_url: str,
) -> None:
    database = await open_database(database_url, seed=False)
    try:
        async with database.sessions.begin() as session:
            summary = await import_fact_lines(session, _jsonl(ARTICLE, HALF_WRITTEN).splitlines())
    finally:
        await database.close()
    assert len(summary.skipped) == 1
    assert await _count(database_url, Show, "Ghost Show") == 0
    assert await _count(database_url, Person, "Ghost Person") == 0


async def test_a_record_with_an_invalid_field_creates_no_show(database_url: str) -> None:
    database = await open_database(database_url, seed=False)
    try:
        async with database.sessions.begin() as session:
            summary = await import_fact_lines(session, _jsonl(ARTICLE, BAD_SEASON).splitlines())
    finally:
        await database.close()
    assert "season must be a whole number" in summary.skipped[0][1]
    assert await _count(database_url, Show, "Phantom Show") == 0


async def test_a_later_record_about_the_same_show_still_lands_after_a_rejected_one(sqlite_url: str) -> None:
    good = {"type": "show", "title": "Ghost Show", "network": "HBO"}
    database = await open_database(sqlite_url, seed=False)
    try:
        async with database.sessions.begin() as session:
            summary = await import_fact_lines(session, _jsonl(ARTICLE, HALF_WRITTEN, good).splitlines())
    finally:
        await database.close()
    assert summary.facts == 1
    assert await _count(sqlite_url, Show, "Ghost Show") == 1


async def test_seed_loading_leaves_nothing_of_a_rejected_record(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_dir = tmp_path / "seed"
    seed_dir.mkdir()
    (seed_dir / "broken.jsonl").write_text(_jsonl(ARTICLE, HALF_WRITTEN), encoding="utf-8")
    monkeypatch.setattr(bootstrap, "SEED_DIR", seed_dir)
    database = await open_database(sqlite_url, seed=False)
    try:
        summary = await load_seed(database.sessions)
    finally:
        await database.close()
    assert len(summary.skipped) == 1
    assert await _count(sqlite_url, Show, "Ghost Show") == 0


async def test_catalog_import_leaves_nothing_of_a_rejected_record(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "catalog.jsonl"
    path.write_text(_jsonl(ARTICLE, HALF_WRITTEN, BAD_SEASON), encoding="utf-8")
    database = await open_database(sqlite_url, seed=False)
    try:
        summary = await import_catalog(database.sessions, path, "jsonl")
    finally:
        await database.close()
    assert len(summary.skipped) == 2
    assert await _count(sqlite_url, Show, "Ghost Show") == 0
    assert await _count(sqlite_url, Show, "Phantom Show") == 0
