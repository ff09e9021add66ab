"""Each command says what is wrong with its settings or database in one short line, not a traceback."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from tests.helpers import REPO

ARTICLE = REPO / "tests" / "ingest_data" / "articles" / "slow-horses-s4.txt"
MAX_LINE = 200
BAD_URLS = {
    "malformed": ("notaurl", "not a database URL"),
    "unsupported database": (
        "mysql+aiomysql://marquee:hunter2@127.0.0.1/marquee",
        "Marquee doesn't support 'mysql' databases, only SQLite and PostgreSQL",
    ),
    "unsupported database, default driver": (
        "mysql://marquee:hunter2@127.0.0.1/marquee",
        "Marquee doesn't support 'mysql' databases, only SQLite and PostgreSQL",
    ),
    "driver Marquee doesn't use": (
        "postgresql+psycopg2://marquee:hunter2@127.0.0.1/marquee",
        "use sqlite+aiosqlite:///PATH or postgresql+asyncpg://",
    ),
    "unknown dialect": ("nosuchdb://host/marquee", "unknown kind of database"),
    "wrong port": ("postgresql+asyncpg://postgres:hunter2@127.0.0.1:1/test", "can't reach the database"),
}


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    catalog = tmp_path / "catalog.txt"
    catalog.write_text("Some Film|directed_by|Some Person\n", encoding="utf-8")
    return {
        "ask": ["ask", "when does heartstopper season 3 come out?"],
        "chat": ["chat"],
        "run": ["run"],
        "db upgrade": ["db", "upgrade"],
        "ingest": ["ingest", str(ARTICLE), "--published", "2024-06-01"],
        "facts review": ["facts", "review"],
        "catalog import": ["catalog", "import", str(catalog), "--no-progress"],
    }


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No .env, no token and a private data directory, so only what a test sets is configured."""
    monkeypatch.chdir(tmp_path)
    for name in ("DISCORD_TOKEN", "DATABASE_URL", "TIMEZONE", "LOG_LEVEL", "DEFAULT_SHOW"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MARQUEE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    return tmp_path


def _one_line_error(capsys: pytest.CaptureFixture[str], status: int) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert status != 0
    assert "Traceback" not in captured.err + captured.out
    assert len(lines) == 1, captured.err
    assert len(lines[0]) <= MAX_LINE, lines[0]
    return lines[0]


@pytest.mark.parametrize("problem", BAD_URLS)
@pytest.mark.parametrize(
    "command", ["ask", "chat", "run", "db upgrade", "ingest", "facts review", "catalog import"]
)
def test_bad_database_url_is_one_line(
    command: str,
    problem: str,
    clean_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, expected = BAD_URLS[problem]
    monkeypatch.setenv("DATABASE_URL", url)
    line = _one_line_error(capsys, main(_commands(clean_env)[command]))
    assert line.startswith(f"marquee {command}: ")
    assert expected in line
    assert "hunter2" not in line


def test_role_that_does_not_exist_is_one_line(
    postgres_available: None, clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import POSTGRES_ADMIN_URL

    host = POSTGRES_ADMIN_URL.split("@", 1)[1]
    status = main(["ask", "hi", "--db", f"postgresql+asyncpg://no_such_role_marquee@{host}"])
    assert 'role "no_such_role_marquee" does not exist' in _one_line_error(capsys, status)


@pytest.mark.parametrize(
    ("setting", "value", "expected"),
    [
        ("TIMEZONE", "Mars/Olympus_Mons", "TIMEZONE: 'Mars/Olympus_Mons' is not a time zone"),
        ("LOG_LEVEL", "loud", "LOG_LEVEL: 'loud' is not a log level"),
        ("OWNER_IDS", "notjson", "OWNER_IDS: 'notjson' is not a list of whole numbers"),
    ],
)
@pytest.mark.parametrize(
    "command", ["ask", "chat", "run", "db upgrade", "ingest", "facts review", "catalog import"]
)
def test_bad_setting_is_one_line_naming_it(
    command: str,
    setting: str,
    value: str,
    expected: str,
    clean_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(setting, value)
    line = _one_line_error(capsys, main(_commands(clean_env)[command]))
    assert line == f"marquee {command}: {line.split(': ', 1)[1]}"
    assert expected in line


def test_bad_tz_option_is_one_line(clean_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["ask", "hi", "--tz", "Europe/Atlantis"])
    assert "--tz: 'Europe/Atlantis' is not a time zone" in _one_line_error(capsys, status)


@pytest.mark.parametrize("command", ["ask", "chat", "run"])
def test_unknown_default_show_is_one_line(
    command: str, clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEFAULT_SHOW", "Heartstoper")
    line = _one_line_error(capsys, main(_commands(clean_env)[command]))
    assert "no facts about a show called 'Heartstoper'" in line
    assert "did you mean 'Heartstopper'?" in line


def test_known_default_show_alias_is_accepted(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEFAULT_SHOW", "heartstopper")
    assert main(["ask", "!premiere", "--now", "2024-09-03"]) == 0
    assert "October 3, 2024" in capsys.readouterr().out


def test_database_at_an_unknown_revision_is_one_line(
    clean_env: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade", "--db", sqlite_url]) == 0
    database = Path(sqlite_url.split("///", 1)[1])
    connection = sqlite3.connect(database)
    with connection:  # commits
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    connection.close()
    capsys.readouterr()
    line = _one_line_error(capsys, main(["ask", "hi", "--db", sqlite_url]))
    assert "Can't locate revision identified by 'from_the_future'" in line
