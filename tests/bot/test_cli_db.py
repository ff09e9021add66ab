"""`marquee db upgrade` reports the seed it really loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main


def test_first_upgrade_reports_the_seed_loaded(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade", "--db", sqlite_url]) == 0
    assert "1 seed article loaded" in capsys.readouterr().out


def test_second_upgrade_reports_the_seed_already_present(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["db", "upgrade", "--db", sqlite_url])
    capsys.readouterr()
    assert main(["db", "upgrade", "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "1 seed article already present" in out
    assert "loaded" not in out


def test_upgrade_without_seed_files_says_so_and_fails(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "no-seed"
    empty.mkdir()
    monkeypatch.setattr("db.bootstrap.SEED_DIR", empty)
    monkeypatch.setattr("bot.cli_db.SEED_DIR", empty)
    assert main(["db", "upgrade", "--db", sqlite_url]) == 1
    captured = capsys.readouterr()
    assert "no seed facts found" in captured.out
    assert "seed article loaded" not in captured.out
    assert "reinstall Marquee" in captured.err
