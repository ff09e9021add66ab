"""Input that cannot become facts is refused clearly, sizes are told truly, one article makes one draft."""

from __future__ import annotations

import asyncio
import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main as marquee
from db.bootstrap import open_database
from db.drafts import IngestDraft
from db.models import Article

ONE_SENTENCE = (
    "Hulu has set Sunday, April 20, 2025, as the premiere date for the second season of Harbor Lights.\n"
)
ROOT = Path(__file__).resolve().parents[2]


def _ingest(path: Path | str, db: str, *extra: str) -> int:
    return marquee(["ingest", str(path), "--approve", "--published", "2025-01-10", "--db", db, *extra])


def test_a_headline_alone_is_refused_and_nothing_is_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "title.txt"
    article.write_text("Heartstopper season 4 confirmed by Netflix\n", encoding="utf-8")
    db_file = tmp_path / "marquee.db"
    assert _ingest(article, f"sqlite+aiosqlite:///{db_file}") == 1
    assert "only a headline" in capsys.readouterr().err
    assert not db_file.exists()


def test_one_sentence_without_a_fact_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "line.txt"
    article.write_text(
        "Fans of Harbor Lights gathered in the park to talk about the show.\n", encoding="utf-8"
    )
    assert _ingest(article, f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}") == 1
    assert "no facts about a show" in capsys.readouterr().err


def test_a_one_sentence_article_with_a_fact_and_no_headline_is_ingested(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "one.txt"
    article.write_text(ONE_SENTENCE, encoding="utf-8")
    assert _ingest(article, f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}") == 0
    assert "2025-04-20" in capsys.readouterr().out


def test_a_large_file_is_refused_with_its_true_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (5 * 1024 * 1024))
    assert _ingest(big, f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}") == 1
    err = capsys.readouterr().err
    assert "5.0 MB (5,242,880 bytes)" in err
    assert "262,145" not in err


def test_large_standard_input_is_refused_with_its_true_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"y" * 3_000_000)))
    assert _ingest("-", f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}") == 1
    assert "(3,000,000 bytes)" in capsys.readouterr().err


async def _drafts_and_articles(url: str) -> tuple[int, int]:
    database = await open_database(url, seed=False)
    try:
        async with database.sessions() as session:
            drafts = await session.scalar(select(func.count()).select_from(IngestDraft))
            articles = await session.scalar(
                select(func.count())
                .select_from(Article)
                .where(Article.kind == "news", Article.outlet == "Race")
            )
            return int(drafts or 0), int(articles or 0)
    finally:
        await database.close()


async def test_concurrent_ingests_of_one_article_leave_one_draft(database_url: str, tmp_path: Path) -> None:
    article = tmp_path / "race.txt"
    article.write_text(ONE_SENTENCE, encoding="utf-8")
    # Migrate first, so the two processes race over the draft rather than over creating the schema.
    await (await open_database(database_url, seed=False)).close()
    argv = [sys.executable, "-m", "bot", "ingest", str(article), "--approve", "--outlet", "Race"]
    argv += ["--published", "2025-01-10", "--db", database_url]
    runs = [
        await asyncio.create_subprocess_exec(*argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [await run.communicate() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err.decode()[-6000:] for _out, err in outputs]
    assert await _drafts_and_articles(database_url) == (1, 1)


def test_a_device_given_as_the_article_is_named_as_not_a_regular_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _ingest("/dev/null", f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}") == 1
    assert "/dev/null is not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_article_with_a_byte_order_mark_is_read(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "unicode.txt"
    article.write_bytes(ONE_SENTENCE.encode("utf-16") if encoding == "utf-16" else _with_bom(encoding))
    assert _ingest(article, f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}") == 0
    assert "2025-04-20" in capsys.readouterr().out


def _with_bom(encoding: str) -> bytes:
    return "\ufeff".encode(encoding) + ONE_SENTENCE.encode(encoding)
