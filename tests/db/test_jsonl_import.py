"""The project's JSONL fact format: good lines land, bad lines are reported and skipped."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from db.bootstrap import open_database
from db.importers.jsonl import import_fact_lines
from db.models import Article, Credit, Release

ARTICLE = {
    "type": "article",
    "key": "test-1",
    "outlet": "Test Wire",
    "title": "A test",
    "published": "2025-01-02",
}


def _lines(*records: object) -> list[str]:
    return [json.dumps(r) if not isinstance(r, str) else r for r in records]


async def test_bad_lines_are_skipped_with_line_numbers(sqlite_url: str) -> None:
    database = await open_database(sqlite_url, seed=False)
    lines = _lines(
        ARTICLE,
        {"type": "show", "title": "Test Show", "network": "Hulu"},
        "{not json",
        {"type": "credit", "show": "Test Show", "person": "A. Person", "role": "wizard"},
        {"type": "release", "show": "Test Show", "date": "2025-13-40"},
        {"type": "credit", "show": "Test Show", "person": "B. Person", "role": "actor", "character": "Bee"},
    )
    try:
        async with database.sessions.begin() as session:
            summary = await import_fact_lines(session, lines)
        async with database.sessions() as session:
            credits = await session.scalar(select(func.count()).select_from(Credit))
            releases = await session.scalar(select(func.count()).select_from(Release))
    finally:
        await database.close()
    assert summary.facts == 2
    assert [number for number, _reason in summary.skipped] == [3, 4, 5]
    assert "unknown role" in summary.skipped[1][1]
    assert credits == 1
    assert releases == 0


async def test_reimporting_an_article_changes_nothing(sqlite_url: str) -> None:
    database = await open_database(sqlite_url, seed=False)
    lines = _lines(
        ARTICLE, {"type": "credit", "show": "S", "person": "P", "role": "director", "seasons": "1"}
    )
    try:
        for _ in range(2):
            async with database.sessions.begin() as session:
                summary = await import_fact_lines(session, lines)
        async with database.sessions() as session:
            credits = await session.scalar(select(func.count()).select_from(Credit))
    finally:
        await database.close()
    assert summary.articles_already_present == 1
    assert credits == 1


async def test_facts_before_any_article_are_rejected(sqlite_url: str) -> None:
    database = await open_database(sqlite_url, seed=False)
    try:
        async with database.sessions.begin() as session:
            summary = await import_fact_lines(session, _lines({"type": "show", "title": "Orphan"}))
    finally:
        await database.close()
    assert summary.facts == 0
    assert "follow an article" in summary.skipped[0][1]


async def test_article_kind_marks_catalogs(sqlite_url: str) -> None:
    database = await open_database(sqlite_url, seed=False)
    catalog = {**ARTICLE, "key": "cat-1", "kind": "catalog"}
    bad = {**ARTICLE, "key": "bad-1", "kind": "blog"}
    try:
        async with database.sessions.begin() as session:
            summary = await import_fact_lines(session, _lines(catalog, bad))
        async with database.sessions() as session:
            kinds = (await session.execute(select(Article.kind))).scalars().all()
    finally:
        await database.close()
    assert kinds == ["catalog"]
    assert "article kind" in summary.skipped[0][1]


async def test_facts_after_a_bad_article_line_are_not_misattributed(sqlite_url: str) -> None:
    database = await open_database(sqlite_url, seed=False)
    lines = _lines(
        ARTICLE,
        {"type": "show", "title": "First"},
        {"type": "article", "key": "broken"},  # no outlet/title
        {"type": "credit", "show": "First", "person": "Stray", "role": "actor"},
    )
    try:
        async with database.sessions.begin() as session:
            summary = await import_fact_lines(session, lines)
        async with database.sessions() as session:
            credits = await session.scalar(select(func.count()).select_from(Credit))
    finally:
        await database.close()
    assert credits == 0
    assert [n for n, _ in summary.skipped] == [3, 4]
