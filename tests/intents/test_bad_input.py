"""Unusable input gets a short, clear reply (never an exception, never a fact), and the database stays as it
was; plus the `marquee ask --batch FILE --json` contract: one JSON object per input line, in order."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main
from db.bootstrap import Database
from db.models import Base
from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.intents.question_set import SEED_VALUES

BAD_INPUTS = {
    "empty": "",
    "whitespace only": "   \t  \n ",
    "newlines only": "\n\n\n",
    "10,000 letters": "a" * 10_000,
    "10,000 characters of a real question": ("when does heartstopper season 3 come out " * 250)[:10_000],
    "emoji only": "🎬🍿💖✨",
    "control characters": "\x00\x01\x02\x07\x1b[31m\x7f",
    "nul bytes": "\x00\x00",
    "zero-width spaces": "\u200b\u200b\u200b",
    "right-to-left override": "\u202egnihtemos",
    "lone surrogate": "\udcff",
    "markdown": "**bold** _italic_ `code` ```block``` > quote",
    "@everyone": "@everyone",
    "@here": "@here",
    "user mention": "<@123>",
    "nickname mention": "<@!123456789012345678>",
    "role mention": "<@&987654321>",
    "SQL drop": "'; DROP TABLE shows; --",
    "SQL injection in a name": "Robert'); DROP TABLE credits;--",
    "SQL select": "SELECT * FROM shows WHERE 1=1",
    "HTML": "<script>alert(1)</script>",
    "format placeholders": "%s %d {0} {show}",
    "punctuation only": "???",
    "bare command prefix": "!",
}
MENTIONS = ["@everyone", "@here", "<@123>", "<@!123456789012345678>", "<@&987654321>"]
CONTRACT_KEYS = {"question", "intent", "confidence", "answers", "text", "suggestions", "sources"}
IDS = list(BAD_INPUTS)
VALUES = list(BAD_INPUTS.values())


@pytest.mark.parametrize("question", VALUES, ids=IDS)
async def test_bad_input_is_declined(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, Conversation())
    assert answer.kind in {"invalid", "unknown"}


@pytest.mark.parametrize("question", VALUES, ids=IDS)
async def test_bad_input_gets_a_short_reply(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, Conversation())
    assert 0 < len(answer.text.strip()) < 300


@pytest.mark.parametrize("question", VALUES, ids=IDS)
async def test_bad_input_gets_no_fact(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, Conversation())
    shown = [answer.text, *answer.answers]
    assert [value for value in SEED_VALUES if any(value in part for part in shown)] == []


@pytest.mark.parametrize("question", VALUES, ids=IDS)
async def test_bad_input_raises_nothing_inside_the_engine(
    engine: QuestionEngine, question: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        await engine.answer(question, Conversation())
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR] == []


@pytest.mark.parametrize("mention", MENTIONS)
async def test_reply_never_echoes_a_mention(engine: QuestionEngine, mention: str) -> None:
    answer = await engine.answer(mention, Conversation())
    assert mention not in answer.text


async def _row_counts(database: Database) -> dict[str, int]:
    async with database.sessions() as session:
        return {
            table.name: (await session.execute(select(func.count()).select_from(table))).scalar_one()
            for table in Base.metadata.sorted_tables
        }


async def test_bad_input_leaves_the_database_unchanged(seeded_db: Database) -> None:
    before = await _row_counts(seeded_db)
    engine = await QuestionEngine.from_sessions(seeded_db.sessions)
    for question in VALUES:
        await engine.answer(question, Conversation())
    assert await _row_counts(seeded_db) == before


async def test_facts_reloaded_after_bad_input_still_answer(seeded_db: Database) -> None:
    engine = await QuestionEngine.from_sessions(seeded_db.sessions)
    for question in VALUES:
        await engine.answer(question, Conversation())
    await engine.reload(seeded_db.sessions)
    answer = await engine.answer("when does heartstopper season 3 come out?", Conversation())
    assert answer.answers[:1] == ("2024-10-03",)


# --- marquee ask --batch FILE --json ------------------------------------------------------------------

BATCH = [
    "when does heartstopper season 3 come out?",
    "",
    "who plays nick?",
    "   ",
    "tell me a joke",
    "'; DROP TABLE shows; --",
    "who directed it?",
]
MARQUEE = Path(sys.executable).parent / "marquee"
LEAKY_SETTINGS = ("DATABASE_URL", "DEFAULT_SHOW", "TIMEZONE", "MARQUEE_DATA_DIR")


def marquee_batch(
    lines: list[str], workdir: Path, now: str = "2024-09-03", ending: str = "\n"
) -> list[dict[str, object]]:
    """Run the installed `marquee ask --batch FILE --json` in `workdir` (no .env there); the parsed lines."""
    path = workdir / "questions.txt"
    path.write_bytes((ending.join(lines) + ending).encode("utf-8"))
    url = f"sqlite+aiosqlite:///{workdir / 'marquee.db'}"
    env = {k: v for k, v in os.environ.items() if k not in LEAKY_SETTINGS}
    argv = [str(MARQUEE), "ask", "--batch", str(path), "--json", "--now", now, "--db", url]
    result = subprocess.run(
        argv, cwd=workdir, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def batch_output(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    """The JSON lines `marquee ask --batch` prints for BATCH (run once for the tests below)."""
    return marquee_batch(BATCH, tmp_path_factory.mktemp("batch"))


def test_batch_prints_one_object_per_line_in_order(batch_output: list[dict[str, object]]) -> None:
    assert [o["question"] for o in batch_output] == BATCH


def test_batch_objects_carry_the_contract_keys(batch_output: list[dict[str, object]]) -> None:
    assert [sorted(CONTRACT_KEYS - o.keys()) for o in batch_output] == [[] for _ in BATCH]


def test_batch_blank_line_gets_a_declining_object(batch_output: list[dict[str, object]]) -> None:
    blank = next(o for o in batch_output if o["question"] == "")
    assert blank["kind"] in {"invalid", "unknown"} and blank["answers"] == []


def test_batch_answers_the_questions(batch_output: list[dict[str, object]]) -> None:
    by_question = {o["question"]: o["answers"] for o in batch_output}
    assert [by_question[BATCH[0]], by_question[BATCH[2]]] == [["2024-10-03"], ["Kit Connor"]]


def test_batch_lines_are_separate_conversations(tmp_path: Path) -> None:
    lines = ["where can i watch agatha all along?", "when does season 3 come out?"]
    assert marquee_batch(lines, tmp_path)[-1]["answers"] == ["2024-10-03"]


def test_batch_with_crlf_line_endings_keeps_the_questions_clean(tmp_path: Path) -> None:
    assert [o["question"] for o in marquee_batch(BATCH, tmp_path, ending="\r\n")] == BATCH


def test_batch_honours_now(tmp_path: Path) -> None:
    (line,) = marquee_batch(["when does heartstopper season 3 come out?"], tmp_path, now="2026-11-25")
    assert "(2 years ago)" in str(line["text"])


def test_batch_reads_standard_input(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    env = {k: v for k, v in os.environ.items() if k not in LEAKY_SETTINGS}
    result = subprocess.run(
        [str(MARQUEE), "ask", "--batch", "-", "--json", "--now", "2024-09-03", "--db", url],
        input="\n".join(BATCH) + "\n",
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert [json.loads(line)["question"] for line in result.stdout.splitlines()] == BATCH


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No .env, default show or time zone from the developer's environment leaks into the CLI."""
    monkeypatch.chdir(tmp_path)
    for name in LEAKY_SETTINGS:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("cli_env")
def test_in_process_batch_writes_to_the_current_stdout(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "questions.txt"
    path.write_text("\n".join(BATCH) + "\n", encoding="utf-8")
    assert main(["ask", "--batch", str(path), "--json", "--now", "2024-09-03", "--db", sqlite_url]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(BATCH)


@pytest.mark.usefixtures("cli_env")
def test_in_process_single_question_prints_one_object(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["ask", "who plays nick nelson?", "--json", "--now", "2024-09-03", "--db", sqlite_url]
    assert main(argv) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["answers"] == ["Kit Connor"]
