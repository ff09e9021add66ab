"""Per-fact review and hand-added facts from the command line: keep or drop single facts, approve the rest;
`marquee facts add` stores one fact with the admin as its source."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.extraction import DATA
from bot.cli import main as marquee
from bot.fact_command import FactCommandError, parse_fact_command
from db.bootstrap import open_database
from db.models import Article, Credit

ANDOR = DATA / "articles" / "andor-s2.txt"


def _draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, list[dict[str, object]]]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    assert marquee(["ingest", str(ANDOR), "--published", "2025-03-12", "--json", "--db", url]) == 0
    return url, json.loads(capsys.readouterr().out)["facts"]


async def _credited(url: str) -> set[str]:
    database = await open_database(url, seed=False)
    try:
        async with database.sessions() as session:
            return {str(r.id) for r in (await session.scalars(select(Credit))).all()}
    finally:
        await database.close()


def test_review_keep_imports_only_the_kept_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url, facts = _draft(tmp_path, capsys)
    credits = [f for f in facts if f["record"]["type"] == "credit"]  # type: ignore[index]
    kept = [int(str(credits[0]["id"]))]
    assert marquee(["facts", "review", "1", "--approve", "--keep", *map(str, kept), "--db", url]) == 0
    assert len(asyncio.run(_credited(url))) == 1


def test_review_drop_leaves_the_dropped_fact_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url, facts = _draft(tmp_path, capsys)
    credits = [int(str(f["id"])) for f in facts if f["record"]["type"] == "credit"]  # type: ignore[index]
    assert marquee(["facts", "review", "1", "--approve", "--drop", str(credits[0]), "--db", url]) == 0
    assert len(asyncio.run(_credited(url))) == len(credits) - 1


def test_review_approve_says_what_was_imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url, _facts = _draft(tmp_path, capsys)
    assert marquee(["facts", "review", "1", "--approve", "--db", url]) == 0
    assert "Approved: " in capsys.readouterr().out


def test_review_keep_of_an_unknown_fact_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _facts = _draft(tmp_path, capsys)
    assert marquee(["facts", "review", "1", "--approve", "--keep", "99999", "--db", url]) == 1
    assert "no fact(s) 99999" in capsys.readouterr().err


def test_facts_add_stores_the_fact_with_the_admin_as_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    argv = ["facts", "add", "premiere", "Heartstopper", "season", "4", "2026-05-01", "Netflix", "--by", "Ana"]
    assert marquee([*argv, "--db", url]) == 0
    assert (
        marquee(["ask", "when does heartstopper season 4 come out?", "--now", "2026-01-01", "--db", url]) == 0
    )
    out = capsys.readouterr().out
    assert "May 1, 2026" in out and "Added by Ana" in out


def test_facts_add_with_a_bad_date_saves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    assert marquee(["facts", "add", "premiere", "Heartstopper", "May", "--by", "Ana", "--db", url]) == 1
    assert "nothing was saved" in capsys.readouterr().err

    async def admin_articles() -> int:
        database = await open_database(url, seed=False)
        try:
            async with database.sessions() as session:
                return len((await session.scalars(select(Article).where(Article.kind == "admin"))).all())
        finally:
            await database.close()

    assert asyncio.run(admin_articles()) == 0


@pytest.mark.parametrize(
    ("words", "record"),
    [
        (
            ["cast", "Heartstopper", "Kit Connor", "as", "Nick Nelson"],
            {"role": "actor", "character": "Nick Nelson"},
        ),
        (["director", "Heartstopper", "Andy Newberry", "season", "3"], {"role": "director", "seasons": "3"}),
        (["network", "Heartstopper", "Netflix"], {"type": "show", "network": "Netflix"}),
        (["premiere", "Heartstopper", "2027"], {"type": "release", "year": 2027}),
    ],
)
def test_hand_written_facts_become_records(words: list[str], record: dict[str, object]) -> None:
    [parsed, *_] = parse_fact_command(words)
    assert record.items() <= parsed.items()


def test_an_unknown_kind_of_fact_is_explained() -> None:
    with pytest.raises(FactCommandError, match="unknown kind of fact"):
        parse_fact_command(["budget", "Heartstopper", "10"])
