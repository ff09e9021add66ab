"""Migrations, seeding and the knowledge snapshot, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from db.bootstrap import load_seed, open_database
from db.knowledge import load_knowledge
from db.migrate import current_revision
from db.models import Alias, Article, Credit, Release, Show


async def _count(url: str, model: type) -> int:
    database = await open_database(url, migrate=False, seed=False)
    try:
        async with database.sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        await database.close()


async def test_open_database_migrates_to_head(database_url: str) -> None:
    database = await open_database(database_url)
    try:
        assert await current_revision(database.engine) is not None
    finally:
        await database.close()


async def test_seed_loads_once_however_often_it_runs(database_url: str) -> None:
    database = await open_database(database_url)
    try:
        credits_before = await _count(database_url, Credit)
        summary = await load_seed(database.sessions)
        assert summary.articles == 0
        assert summary.articles_already_present >= 1
    finally:
        await database.close()
    reopened = await open_database(database_url)
    await reopened.close()
    assert await _count(database_url, Credit) == credits_before > 0
    assert await _count(database_url, Article) == 1


async def test_every_fact_knows_its_article(database_url: str) -> None:
    database = await open_database(database_url)
    try:
        async with database.sessions() as session:
            orphans = await session.scalar(
                select(func.count()).select_from(Credit).where(Credit.article_id.is_(None))
            )
            releases = (await session.execute(select(Release.article_id))).scalars().all()
        assert orphans == 0
        assert releases and all(r is not None for r in releases)
    finally:
        await database.close()


async def test_knowledge_snapshot_holds_the_seed_facts(database_url: str) -> None:
    database = await open_database(database_url)
    try:
        async with database.sessions() as session:
            kb = await load_knowledge(session)
    finally:
        await database.close()
    heartstopper = next(s for s in kb.shows.values() if s.title == "Heartstopper")
    assert heartstopper.network == "Netflix"
    season3 = [r for r in heartstopper.releases if r.season == 3]
    assert [r.on for r in season3] == [dt.date(2024, 10, 3)]
    characters = {kb.people[c.person_id].name: c.character for c in heartstopper.credits if c.role == "actor"}
    assert characters["Kit Connor"] == "Nick Nelson"
    osman = next(p for p in kb.people.values() if p.name == "Alice Osman")
    assert "Alice Oseman" in osman.aliases
    assert {a.category for a in heartstopper.awards if a.body == "BAFTA"} == {
        "Music",
        "Writing",
        "Memorable Moment",
    }


async def test_show_titles_are_unique_per_year(database_url: str) -> None:
    database = await open_database(database_url)
    try:
        async with database.sessions() as session:
            titles = list((await session.execute(select(Show.title, Show.year_key))).all())
            aliases = await session.scalar(select(func.count()).select_from(Alias))
        assert len(titles) == len(set(titles))
        assert aliases
    finally:
        await database.close()
