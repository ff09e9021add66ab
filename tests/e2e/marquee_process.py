"""`marquee run` as a real process pointed at the local Discord-compatible server (fault and shard tests)."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from bot.localdiscord import FakeDiscord

LEAKY_SETTINGS = ("SHARD_COUNT", "SHARD_IDS", "COMMAND_PREFIX", "DEFAULT_SHOW", "DATABASE_URL", "LOG_LEVEL")


async def spawn(
    fake_discord: FakeDiscord, workdir: Path, database_url: str, **settings: str
) -> asyncio.subprocess.Process:
    """`python -m bot run` with its output piped; `settings` are extra environment variables."""
    env = {k: v for k, v in os.environ.items() if k not in LEAKY_SETTINGS} | {
        "DISCORD_TOKEN": fake_discord.token,
        "DISCORD_API_URL": fake_discord.api_url,
        "DISCORD_GATEWAY_URL": fake_discord.gateway_url,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "INFO",
        **settings,
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=workdir, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip


class Output:
    """Collects a process's output while it runs (so a full pipe never blocks it)."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.chunks: list[bytes] = []
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while chunk := await self.process.stdout.read(65536):
            self.chunks.append(chunk)

    @property
    def text(self) -> str:
        return b"".join(self.chunks).decode(errors="replace")

    async def stop(self, within: float = 30) -> str:
        """SIGTERM (if still running), wait for the exit, and return everything printed."""
        if self.process.returncode is None:
            self.process.terminate()
        try:
            await asyncio.wait_for(self.process.wait(), within)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
        await asyncio.wait_for(self._reader, 5)
        return self.text
