"""--now and a JSON line's "now" without an offset are times in --tz (or TIMEZONE), not in UTC."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

QUESTION = "when does heartstopper season 3 come out?"
# Midnight of the premiere day in Los Angeles; read as UTC it would still be the day before there.
PREMIERE_DAY = "2024-10-03"


def test_a_now_without_offset_is_read_in_the_tz_zone(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["ask", QUESTION, "--now", PREMIERE_DAY, "--tz", "America/Los_Angeles", "--db", sqlite_url])
    assert status == 0
    assert "premieres on Netflix today" in capsys.readouterr().out


def test_a_now_without_offset_is_read_in_the_configured_timezone(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIMEZONE", "America/Los_Angeles")
    assert main(["ask", QUESTION, "--now", PREMIERE_DAY, "--db", sqlite_url]) == 0
    assert "premieres on Netflix today" in capsys.readouterr().out


def test_a_json_lines_now_without_offset_is_read_in_the_tz_zone(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "lines.jsonl"
    batch.write_text(json.dumps({"question": QUESTION, "now": PREMIERE_DAY}) + "\n", encoding="utf-8")
    argv = ["ask", "--batch", str(batch), "--json", "--tz", "America/Los_Angeles", "--db", sqlite_url]
    assert main(argv) == 0
    assert "premieres on Netflix today" in json.loads(capsys.readouterr().out)["text"]


def test_a_now_with_an_offset_keeps_its_offset(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "ask",
        QUESTION,
        "--now",
        f"{PREMIERE_DAY}T00:00Z",
        "--tz",
        "America/Los_Angeles",
        "--db",
        sqlite_url,
    ]
    assert main(argv) == 0
    assert "October 3, 2024, tomorrow" in capsys.readouterr().out
