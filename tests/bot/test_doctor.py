"""`marquee doctor` through the real command line, against the local Discord-compatible server."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.doctor import token_problem
from bot.localdiscord import FakeDiscord

# Shaped like a real bot token (base64 user id . timestamp . HMAC); it opens nothing but the local server.
FAKE_TOKEN = "MTE4NDY1MjM0NTY3ODkwMTIzNA.GhJkLm.q7Vx2bN9pR4tY8wZ1aC5dE3fG6hJ0kL2mN4pQ8s"


def _env(data_dir: Path, **settings: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {"DATABASE_URL", "DEFAULT_SHOW", "DISCORD_TOKEN", "DISCORD_API_URL", "DISCORD_GATEWAY_URL"}
    }
    env.update(MARQUEE_DATA_DIR=str(data_dir), **settings)
    return env


async def _marquee(cwd: Path, env: dict[str, str], *argv: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *argv, cwd=cwd, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode is not None
    return process.returncode, output.decode()


@pytest.fixture
async def discord_server() -> AsyncIterator[FakeDiscord]:
    """The local Discord-compatible server, accepting FAKE_TOKEN."""
    async with FakeDiscord(token=FAKE_TOKEN) as server:
        yield server


@pytest.fixture
def migrated_data_dir(tmp_path: Path) -> Path:
    """A data directory whose SQLite database is migrated and seeded."""
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"], cwd=tmp_path, env=_env(data), check=True, timeout=120
    )
    return data


def _discord(server: FakeDiscord, token: str = FAKE_TOKEN) -> dict[str, str]:
    return {
        "DISCORD_TOKEN": token,
        "DISCORD_API_URL": server.api_url,
        "DISCORD_GATEWAY_URL": server.gateway_url,
    }


async def test_doctor_passes_a_working_configuration(
    discord_server: FakeDiscord, migrated_data_dir: Path, tmp_path: Path
) -> None:
    env = _env(
        migrated_data_dir, DEFAULT_SHOW="Heartstopper", TIMEZONE="Europe/London", **_discord(discord_server)
    )
    status, output = await _marquee(tmp_path, env, "doctor")
    assert status == 0, output
    assert "FIX" not in output
    assert "Everything needed is in place." in output


async def test_doctor_never_prints_the_token(discord_server: FakeDiscord, tmp_path: Path) -> None:
    env = _env(tmp_path / "data", TIMEZONE="Nowhere/Special", **_discord(discord_server))
    status, output = await _marquee(tmp_path, env, "doctor")
    assert status == 1
    for part in [FAKE_TOKEN, *FAKE_TOKEN.split(".")]:
        assert part not in output


async def test_doctor_reports_a_token_discord_rejects(discord_server: FakeDiscord, tmp_path: Path) -> None:
    other = "MTE4NDY1MjM0NTY3ODkwMTIzNQ.GhJkLm.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
    env = _env(tmp_path / "data", **_discord(discord_server, other))
    status, output = await _marquee(tmp_path, env, "doctor")
    assert status == 1
    assert "FIX   DISCORD_TOKEN: Discord rejected it" in output
    assert other not in output


async def test_doctor_reports_an_unreachable_discord_api(tmp_path: Path) -> None:
    env = _env(tmp_path / "data", DISCORD_TOKEN=FAKE_TOKEN, DISCORD_API_URL="http://127.0.0.1:1/api/v10")
    status, output = await _marquee(tmp_path, env, "doctor")
    assert status == 1
    assert "FIX   DISCORD_API_URL: can't reach Discord at http://127.0.0.1:1/api/v10" in output


async def test_doctor_notes_a_missing_token_without_failing(tmp_path: Path, migrated_data_dir: Path) -> None:
    status, output = await _marquee(tmp_path, _env(migrated_data_dir), "doctor", "--offline")
    assert status == 0, output
    assert "note  DISCORD_TOKEN: not set, so `marquee run` serves the browser playground" in output


async def test_doctor_reports_an_unreachable_database(tmp_path: Path) -> None:
    env = _env(tmp_path / "data", DATABASE_URL="postgresql+asyncpg://postgres:hunter2@127.0.0.1:1/marquee")
    status, output = await _marquee(tmp_path, env, "doctor", "--offline")
    assert status == 1
    assert (
        "FIX   DATABASE_URL: can't reach the database at postgresql+asyncpg://postgres:***@127.0.0.1:1"
        in output
    )
    assert "hunter2" not in output
    assert "Traceback" not in output


async def test_doctor_reports_an_unknown_default_show(tmp_path: Path, migrated_data_dir: Path) -> None:
    env = _env(migrated_data_dir, DEFAULT_SHOW="Stranger Things")
    status, output = await _marquee(tmp_path, env, "doctor", "--offline")
    assert status == 1
    assert "FIX   DEFAULT_SHOW: Marquee has no facts about a show called 'Stranger Things'" in output


async def test_doctor_reports_every_bad_setting(tmp_path: Path) -> None:
    env = _env(tmp_path / "data", TIMEZONE="Mars/Olympus_Mons", LOG_LEVEL="loud")
    status, output = await _marquee(tmp_path, env, "doctor", "--offline")
    assert status == 1
    assert "FIX   TIMEZONE: 'Mars/Olympus_Mons' is not a time zone" in output
    assert "FIX   LOG_LEVEL: 'loud' is not a log level" in output


async def test_doctor_reports_a_list_setting_that_is_not_a_list(tmp_path: Path) -> None:
    status, output = await _marquee(
        tmp_path, _env(tmp_path / "data", OWNER_IDS="notjson"), "doctor", "--offline"
    )
    assert status == 1
    assert "FIX   OWNER_IDS: 'notjson' is not a list of whole numbers" in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (f"Bot {FAKE_TOKEN}", "remove the 'Bot ' prefix"),
        ("1184652345678901234", "application or user id"),
        ("aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY", "client secret"),
        ("not-a-token", "doesn't look like a bot token"),
        (
            "bm90IGEgdXNlciBpZCBhdCBhbGw.GhJkLm.q7Vx2bN9pR4tY8wZ1aC5dE3fG6hJ0kL2mN4pQ8s",
            "encode the bot's user id",
        ),
    ],
)
def test_misshapen_token_is_explained_without_quoting_it(token: str, expected: str) -> None:
    problem = token_problem(token)
    assert problem is not None and expected in problem
    assert token not in problem


def test_well_shaped_token_passes() -> None:
    assert token_problem(FAKE_TOKEN) is None


async def test_doctor_without_a_token_still_checks_the_discord_urls(
    discord_server: FakeDiscord, tmp_path: Path
) -> None:
    env = _env(
        tmp_path / "data", DISCORD_API_URL=discord_server.api_url, DISCORD_GATEWAY_URL="ws://127.0.0.1:1/"
    )
    status, output = await _marquee(tmp_path, env, "doctor")
    assert status == 1
    assert f"ok    DISCORD_API_URL: {discord_server.api_url} answers" in output
    assert "FIX   DISCORD_GATEWAY_URL: can't reach ws://127.0.0.1:1/" in output
