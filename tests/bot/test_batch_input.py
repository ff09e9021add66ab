"""`marquee ask --batch FILE|-`: bad bytes replaced, not fatal; one answer per input line, file or stdin."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.batch_lines import clean_argument, decoded_lines

MARQUEE = Path(sys.executable).parent / "marquee"
LEAKY_SETTINGS = ("DATABASE_URL", "DEFAULT_SHOW", "TIMEZONE", "MARQUEE_DATA_DIR")
# Valid lines around an invalid byte, a CRLF line, a bare CR inside a line, and no final newline.
HOSTILE_BATCH = b"who plays nick?\nbad \xff\xfe byte\r\nwith a bare\rcr inside\n\xc3\nwho plays charlie?"
EXPECTED_QUESTIONS = [
    "who plays nick?",
    "bad \ufffd\ufffd byte",
    "with a bare\rcr inside",
    "\ufffd",
    "who plays charlie?",
]


def test_decoded_lines_replace_invalid_bytes() -> None:
    assert list(decoded_lines(io.BytesIO(b"a\xffb\n"))) == ["a\ufffdb"]


def test_decoded_lines_drop_lf_and_crlf_endings() -> None:
    assert list(decoded_lines(io.BytesIO(b"one\ntwo\r\nthree"))) == ["one", "two", "three"]


def test_decoded_lines_keep_a_bare_cr_inside_the_line() -> None:
    assert list(decoded_lines(io.BytesIO(b"one\rtwo\n"))) == ["one\rtwo"]


def test_decoded_lines_keep_empty_lines() -> None:
    assert list(decoded_lines(io.BytesIO(b"\n\r\n\n"))) == ["", "", ""]


def test_clean_argument_replaces_undecodable_bytes() -> None:
    assert clean_argument("x\udcffy") == "x\ufffdy"


def _run_batch(workdir: Path, source: str, data: bytes) -> list[dict[str, object]]:
    path = workdir / "questions.txt"
    path.write_bytes(data)
    url = f"sqlite+aiosqlite:///{workdir / 'marquee.db'}"
    env = {k: v for k, v in os.environ.items() if k not in LEAKY_SETTINGS} | {"PYTHONIOENCODING": "utf-8"}
    argv = [str(MARQUEE), "ask", "--batch", str(path) if source == "file" else "-", "--json", "--db", url]
    result = subprocess.run(
        argv,
        cwd=workdir,
        env=env,
        input=data if source == "stdin" else b"",
        capture_output=True,
        timeout=120,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_batch_answers_every_line_of_hostile_bytes_in_order(tmp_path: Path, source: str) -> None:
    output = _run_batch(tmp_path, source, HOSTILE_BATCH)
    assert [o["question"] for o in output] == EXPECTED_QUESTIONS


def test_batch_answers_valid_lines_around_a_bad_byte(tmp_path: Path) -> None:
    output = _run_batch(tmp_path, "file", HOSTILE_BATCH)
    assert [output[0]["answers"], output[-1]["answers"]] == [["Kit Connor"], ["Joe Locke"]]
