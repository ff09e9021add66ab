"""The bulk catalog importer: triples and jsonl, on SQLite and (when reachable) PostgreSQL."""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.cli_catalog import add_catalog_parser, run_catalog_command
from db.bootstrap import Database, open_database
from db.importers import triples as triples_module
from db.importers.catalog import detect_format, import_catalog, import_triples
from db.importers.triples import TripleError, parse_triple, split_title
from db.knowledge import load_knowledge
from db.models import Article, Credit, Descriptor, Release, Show

SHARED_KB = Path(__file__).resolve().parents[3] / "shared" / "metaqa" / "kb.txt"

SAMPLE = """\
Kismet|directed_by|William Dieterle
Kismet|written_by|Edward Knoblock
Kismet|starred_actors|Marlene Dietrich
Kismet|starred_actors|Ronald Colman
Kismet|release_year|1944
Kismet|has_genre|Adventure
Kismet|has_tags|marlene dietrich
Kismet|has_imdb_rating|good
Kismet|has_imdb_votes|famous
this line has no separators
Kismet|produced_by|Somebody
Kismet|release_year|nineteen
The Bat|directed_by|Roland West
The Bat|release_year|1926
The Bat|release_year|1959
The Bat|has_imdb_rating|7.1
RoboCop (1987)|directed_by|Paul Verhoeven
RoboCop (2014)|directed_by|José Padilha
Kismet|directed_by|William Dieterle
"""
FACT_LINES = 15  # 19 lines: 3 malformed, one duplicate of line 1


async def _count(session: AsyncSession, model: type[object]) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> AsyncIterator[Database]:
    db = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'catalog.db'}")
    yield db
    await db.close()


def _write(tmp_path: Path, body: str = SAMPLE, name: str = "kb.txt") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_parse_triple_reports_reasons() -> None:
    assert parse_triple("  ", 1) is None
    assert parse_triple("# comment", 2) is None
    triple = parse_triple("Kismet|has_genre|Adventure\n", 3)
    assert triple is not None
    assert (triple.subject, triple.relation, triple.obj) == ("Kismet", "has_genre", "Adventure")
    for bad, reason in (
        ("a|b", "field"),
        ("Kismet|sequel_of|X", "unknown relation"),
        ("Kismet|release_year|1e3", "year"),
        ("|has_genre|Drama", "empty"),
    ):
        with pytest.raises(TripleError, match=reason):
            parse_triple(bad, 1)
    assert split_title("RoboCop (2014)") == ("RoboCop", 2014)
    assert split_title("Ocean's Eleven") == ("Ocean's Eleven", None)


def test_detect_format(tmp_path: Path) -> None:
    assert detect_format(_write(tmp_path)) == "triples"
    assert detect_format(_write(tmp_path, '{"type": "article"}\n', "facts.txt")) == "jsonl"
    assert detect_format(_write(tmp_path, "", "x.jsonl")) == "jsonl"


async def _import_twice_and_check(sessions: async_sessionmaker[AsyncSession], path: Path) -> None:
    first = await import_triples(sessions, path, batch_lines=4)
    assert first.facts_added == FACT_LINES
    assert first.facts_present == 1  # the repeated Kismet director line
    assert [n for n, _ in first.skipped] == [10, 11, 12]
    assert "unknown relation 'produced_by'" in first.skipped[1][1]
    assert first.shows_created == 4 and first.people_created == 7
    second = await import_triples(sessions, path, batch_lines=7)
    assert (second.facts_added, second.facts_present) == (0, 16)
    assert (second.shows_created, second.people_created) == (0, 0)
    async with sessions() as session:
        kb = await load_knowledge(session)
        robocops = await session.scalars(select(Show.year_key).where(Show.title == "RoboCop"))
        assert sorted(robocops) == [1987, 2014]
        article = await session.scalar(select(Article).where(Article.outlet == "MetaQA/WikiMovies KB"))
        assert article is not None and article.kind == "catalog"
    kismet = next(s for s in kb.shows.values() if s.title == "Kismet")
    assert kismet.kind == "film"
    assert [kb.people[c.person_id].name for c in kismet.credits if c.role == "actor"] == [
        "Marlene Dietrich",
        "Ronald Colman",
    ]
    assert kismet.descriptors == {
        "genre": ["Adventure"],
        "tag": ["marlene dietrich"],
        "imdb_rating": ["good"],
        "imdb_votes": ["famous"],
    }
    bat = next(s for s in kb.shows.values() if s.title == "The Bat")
    assert sorted(r.year for r in bat.releases if r.year) == [1926, 1959]
    assert [(r.value, r.scale) for r in bat.ratings] == [(7.1, "/10")]


async def test_triples_import_is_idempotent(database_url: str, tmp_path: Path) -> None:
    """On SQLite and on PostgreSQL (the conftest's `database_url` runs both)."""
    db = await open_database(database_url)
    try:
        await _import_twice_and_check(db.sessions, _write(tmp_path))
    finally:
        await db.close()


async def test_existing_facts_are_kept_and_shared(sqlite_db: Database, tmp_path: Path) -> None:
    async with sqlite_db.sessions() as session:
        heartstopper = await session.scalar(select(Show).where(Show.title == "Heartstopper"))
        assert heartstopper is not None
        credits_before = await _count(session, Credit)
    body = (
        "Heartstopper|has_genre|Drama\nHeartstopper|starred_actors|Joe Locke\nHeartstopper|release_year|2022"
    )
    summary = await import_triples(sqlite_db.sessions, _write(tmp_path, body))
    # Joe Locke's seed credit and the seed's 2022 premiere are the same facts: not added twice.
    assert (summary.facts_added, summary.facts_present, summary.shows_created) == (1, 2, 0)
    async with sqlite_db.sessions() as session:
        assert await _count(session, Credit) == credits_before
        genre = await session.scalar(select(Descriptor.show_id).where(Descriptor.value == "Drama"))
        assert genre == heartstopper.id
        assert await session.scalar(select(func.count()).select_from(Release).where(Release.show_id == genre))


async def test_interrupted_import_resumes(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path)
    real_write = triples_module.TriplesWriter.write
    calls = 0

    async def failing_write(self: triples_module.TriplesWriter, session: AsyncSession, batch: list) -> object:  # type: ignore[type-arg]
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return await real_write(self, session, batch)

    monkeypatch.setattr(triples_module.TriplesWriter, "write", failing_write)
    with pytest.raises(KeyboardInterrupt):
        await import_triples(sqlite_db.sessions, path, batch_lines=4)
    async with sqlite_db.sessions() as session:
        partial = await _count(session, Descriptor)
    monkeypatch.setattr(triples_module.TriplesWriter, "write", real_write)
    resumed = await import_triples(sqlite_db.sessions, path, batch_lines=4)
    assert resumed.facts_added + resumed.facts_present == FACT_LINES + 1
    assert resumed.facts_present >= 8  # the two committed batches stayed
    async with sqlite_db.sessions() as session:
        assert await _count(session, Descriptor) >= partial
        rows = (await session.execute(select(Credit.show_id, Credit.person_id, Credit.role))).all()
        assert len(rows) == len(set(rows))


async def test_jsonl_catalog_with_source(sqlite_db: Database, tmp_path: Path) -> None:
    body = (
        '{"type": "show", "title": "Paddington", "kind": "film"}\n'
        '{"type": "descriptor", "show": "Paddington", "kind": "genre", "value": "Family"}\n'
        "not json\n"
        '{"type": "article", "key": "second", "outlet": "Trade paper", "title": "Renewals"}\n'
        '{"type": "credit", "show": "Paddington", "person": "Paul King", "role": "director"}\n'
    )
    path = _write(tmp_path, body, "catalog.jsonl")
    first = await import_catalog(sqlite_db.sessions, path, source="Family films")
    assert first.format == "jsonl"
    assert first.facts_added == 3 and first.skipped[0][0] == 3
    again = await import_catalog(sqlite_db.sessions, path, source="Family films")
    assert again.facts_added == 0 and again.articles_present == 2


def test_cli_command_prints_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    add_catalog_parser(parser.add_subparsers(dest="command"))
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    args = parser.parse_args(["catalog", "import", str(_write(tmp_path)), "--no-progress", "--db", url])
    assert run_catalog_command(args) == 0
    out = capsys.readouterr().out
    assert "facts added:     15" in out and "line 10: expected subject|relation|object" in out
    missing = parser.parse_args(["catalog", "import", str(tmp_path / "nope.txt"), "--db", url])
    assert run_catalog_command(missing) == 1


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_KB.is_file(), reason="../shared/metaqa is absent")
async def test_metaqa_kb_imports_whole(tmp_path: Path) -> None:
    db = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'metaqa.db'}", seed=False)
    try:
        summary = await import_triples(db.sessions, SHARED_KB)
    finally:
        await db.close()
    assert summary.skipped == []
    assert (summary.facts_added, summary.shows_created) == (133_582, 16_427)
    assert summary.seconds < 60
