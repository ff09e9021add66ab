"""`marquee run` with a token says which part failed, the database or Discord, in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Shaped like a real bot token (base64 user id . timestamp . HMAC); it opens nothing.
FAKE_TOKEN = "MTE4NDY1MjM0NTY3ODkwMTIzNA.GhJkLm.q7Vx2bN9pR4tY8wZ1aC5dE3fG6hJ0kL2mN4pQ8s"
NOWHERE = "http://127.0.0.1:1"  # nothing listens on port 1


def _run(tmp_path: Path, *python_options: str, **settings: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEFAULT_SHOW", "LOG_LEVEL"}}
    env.update(
        DISCORD_TOKEN=FAKE_TOKEN,
        MARQUEE_DATA_DIR=str(tmp_path / "data"),
        DISCORD_API_URL=f"{NOWHERE}/api/v10",
        DISCORD_GATEWAY_URL="ws://127.0.0.1:1/",
        **settings,
    )
    return subprocess.run(
        [sys.executable, *python_options, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_run_with_postgres_down_blames_the_database(tmp_path: Path) -> None:
    ran = _run(tmp_path, DATABASE_URL="postgresql+asyncpg://postgres@127.0.0.1:1/marquee")
    lines = ran.stderr.strip().splitlines()
    assert ran.returncode != 0
    assert len(lines) == 1, ran.stderr
    assert "can't reach the database at postgresql+asyncpg://postgres@127.0.0.1:1/marquee" in lines[0]
    assert "Discord" not in ran.stderr


def test_run_with_discord_unreachable_blames_discord(tmp_path: Path) -> None:
    ran = _run(tmp_path)
    errors = [line for line in ran.stderr.splitlines() if " ERROR " in line]  # INFO lines log the start
    assert ran.returncode != 0
    assert len(errors) == 1, ran.stderr
    assert f"Can't reach Discord at {NOWHERE}/api/v10" in errors[0]
    assert "Traceback" not in ran.stderr


def test_run_never_prints_the_token(tmp_path: Path) -> None:
    ran = _run(tmp_path, LOG_LEVEL="DEBUG")
    assert FAKE_TOKEN not in ran.stdout + ran.stderr
    assert FAKE_TOKEN.split(".")[-1] not in ran.stdout + ran.stderr


def test_run_start_prints_no_voice_or_deprecation_warnings(tmp_path: Path) -> None:
    ran = _run(tmp_path, "-W", "default")  # show DeprecationWarnings, which Python hides by default
    assert "Warning" not in ran.stderr
    assert "voice will NOT be supported" not in ran.stderr
