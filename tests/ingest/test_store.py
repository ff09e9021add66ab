"""Drafts and the ingest/review commands: save, approve (import), reject; bad input leaves the DB alone."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from benchmarks.extraction import DATA
from bot.cli_ingest import run_ingest_command
from bot.cli_ingest_args import add_ingest_parsers
from db.bootstrap import open_database
from db.ingest_store import DraftError, approve_draft, get_draft, list_drafts, reject_draft, save_draft
from db.models import Article, Credit, Release
from ingest import extract_facts

ANDOR = DATA / "articles" / "andor-s2.txt"


def _run(*argv: str, url: str) -> int:
    parser = argparse.ArgumentParser(prog="marquee")
    add_ingest_parsers(parser.add_subparsers(dest="command"))
    return run_ingest_command(parser.parse_args(list(argv)), url)


async def _count(url: str, model: type[Article] | type[Credit] | type[Release]) -> int:
    database = await open_database(url, seed=False)
    try:
        async with database.sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        await database.close()


async def test_save_approve_imports_the_facts(database_url: str) -> None:
    extraction = extract_facts(ANDOR.read_text(), dt.date(2025, 3, 12))
    database = await open_database(database_url, seed=False)
    try:
        async with database.sessions.begin() as session:
            draft = await save_draft(session, extraction, "Test Wire", None)
        async with database.sessions.begin() as session:
            assert [d.id for d in await list_drafts(session)] == [draft.id]
            first_credit = next(f for f in draft.facts if f.record["type"] == "credit")
            summary = await approve_draft(session, draft.id, drop=[first_credit.id])
        async with database.sessions() as session:
            decided = await get_draft(session, draft.id)
            credits = await session.scalar(select(func.count()).select_from(Credit))
            release = await session.scalar(select(Release).where(Release.season == 2))
            pending = await list_drafts(session)
    finally:
        await database.close()
    assert summary.skipped == []
    assert summary.facts == len(draft.facts) - 1
    assert decided.status == "approved"
    assert not next(f for f in decided.facts if f.id == first_credit.id).accepted
    assert credits == sum(1 for f in draft.facts if f.record["type"] == "credit") - 1
    assert release is not None and release.released_on == dt.date(2025, 4, 22)
    assert pending == []


async def test_reject_imports_nothing_and_decisions_are_final(sqlite_url: str) -> None:
    extraction = extract_facts(ANDOR.read_text(), dt.date(2025, 3, 12))
    database = await open_database(sqlite_url, seed=False)
    try:
        async with database.sessions.begin() as session:
            draft = await save_draft(session, extraction)
            await reject_draft(session, draft.id)
        async with database.sessions.begin() as session:
            with pytest.raises(DraftError, match="already rejected"):
                await approve_draft(session, draft.id)
            with pytest.raises(DraftError, match="no draft"):
                await reject_draft(session, 999)
    finally:
        await database.close()
    assert await _count(sqlite_url, Credit) == 0


@pytest.mark.parametrize(
    "content",
    [
        b"",
        bytes(range(256)) * 10,
        "La série revient le mois prochain sur la plateforme avec les acteurs.".encode() * 5,
        b"The weather was lovely today and everyone went for a walk in the park.",
    ],
    ids=["empty", "binary", "french", "no-facts"],
)
def test_bad_input_leaves_the_database_untouched(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    db_file = tmp_path / "marquee.db"
    assert _run("ingest", str(article), "--approve", url=f"sqlite+aiosqlite:///{db_file}") == 1
    assert "nothing was saved" in capsys.readouterr().err
    assert not db_file.exists()


def test_oversized_and_missing_files_are_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Harbor Lights Season 2 premieres on Hulu on April 4. " * 20_000)
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    assert _run("ingest", str(big), url=url) == 1
    assert _run("ingest", str(tmp_path / "missing.txt"), url=url) == 1
    err = capsys.readouterr().err
    assert "bytes" in err and "no such file" in err
    assert not (tmp_path / "marquee.db").exists()


def test_a_folder_given_as_the_article_is_named_as_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    assert _run("ingest", str(tmp_path), url=url) == 1
    assert "is a folder" in capsys.readouterr().err
    assert not (tmp_path / "marquee.db").exists()


def test_cli_ingest_approve_then_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    assert _run("ingest", str(ANDOR), "--published", "2025-03-12", "--approve", "--json", url=url) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "approved" and shown["main_show"] == "Andor"
    assert all({"record", "sentence", "confidence"} <= set(f) for f in shown["facts"])
    assert _run("ingest", str(ANDOR), "--published", "2025-03-12", "--approve", url=url) == 0
    assert "already imported" in capsys.readouterr().out
    assert asyncio.run(_count(url, Article)) == 1


def test_cli_review_flow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    assert _run("ingest", str(ANDOR), "--outlet", "Test Wire", url=url) == 0
    out = capsys.readouterr().out
    assert "Draft #1 (pending)" in out and "“" in out  # the provenance sentence is shown to the admin
    assert _run("facts", "review", url=url) == 0
    assert "#1" in capsys.readouterr().out
    assert _run("facts", "review", "1", "--approve", "--min-confidence", "0.8", url=url) == 0
    assert "approved" in capsys.readouterr().out
    assert _run("facts", "review", "1", "--reject", url=url) == 1
    assert "already approved" in capsys.readouterr().err


def test_cli_ingest_approve_skips_facts_below_min_confidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    argv = [
        "ingest",
        str(ANDOR),
        "--published",
        "2025-03-12",
        "--approve",
        "--json",
        "--min-confidence",
        "0.8",
    ]
    assert _run(*argv, url=url) == 0
    facts = json.loads(capsys.readouterr().out)["facts"]
    assert all(f["accepted"] == (f["confidence"] >= 0.8) for f in facts)
    assert any(not f["accepted"] for f in facts)  # kept in the draft for review, not imported
    imported = sum(1 for f in facts if f["accepted"] and f["record"]["type"] == "credit")
    assert asyncio.run(_count(url, Credit)) == imported
