"""A newer article changes a fact; the history stays in the database and the answer cites the newer one."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from db.bootstrap import open_database
from db.importers.jsonl import import_fact_lines
from db.knowledge import Knowledge, load_knowledge
from db.models import Release
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


def _article(key: str, published: str, date: str, outlet: str) -> list[str]:
    return [
        json.dumps({"type": "article", "key": key, "outlet": outlet, "title": key, "published": published}),
        json.dumps({"type": "show", "title": "Moved Show", "network": "Hulu"}),
        json.dumps({"type": "release", "show": "Moved Show", "season": 2, "date": date, "network": "Hulu"}),
        json.dumps(
            {"type": "credit", "show": "Moved Show", "person": "Pat Lee", "role": "director", "seasons": "2"}
        ),
    ]


async def _import(url: str, *articles: list[str]) -> tuple[Knowledge, int]:
    """Import the articles in this order; the snapshot and how many release rows are stored."""
    database = await open_database(url)
    try:
        for lines in articles:
            async with database.sessions.begin() as session:
                await import_fact_lines(session, lines)
        async with database.sessions() as session:
            releases = await session.scalar(select(func.count()).select_from(Release))
            return await load_knowledge(session), int(releases or 0)
    finally:
        await database.close()


async def test_the_newest_published_article_wins(sqlite_url: str) -> None:
    # The newer report is imported first: publication date, not import order, decides.
    kb, stored = await _import(
        sqlite_url,
        _article("later", "2024-08-01", "2024-12-05", "Wire B"),
        _article("earlier", "2024-06-01", "2024-11-01", "Wire A"),
    )
    answer = await QuestionEngine(kb).answer("when does moved show season 2 premiere?", now=BEFORE_PREMIERE)
    assert answer.answers == ("2024-12-05",)
    assert answer.sources[0].outlet == "Wire B"
    assert "November" not in answer.text
    assert stored >= 2  # both reports are kept


async def test_a_fact_repeated_by_two_articles_is_told_once(sqlite_url: str) -> None:
    kb, _stored = await _import(
        sqlite_url,
        _article("one", "2024-08-01", "2024-12-05", "Wire B"),
        _article("two", "2024-08-02", "2024-12-05", "Wire C"),
    )
    answer = await QuestionEngine(kb).answer("who directed moved show?")
    assert answer.answers == ("Pat Lee",)
    assert answer.text.count("Pat Lee") == 1
