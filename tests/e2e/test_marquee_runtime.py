"""Marquee as it runs in production: sharded, as the `marquee run` process (SIGTERM), and its latency."""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import sys
import time
from pathlib import Path

import discord
import pytest

from bot.discord_app import ShardedMarqueeBot
from bot.limiter import Limiter
from bot.localdiscord import FakeDiscord, running
from bot.localdiscord.world import World

from .conftest import MakeMarquee, assert_never_pinged

ROUND_TRIPS = 40


async def test_sharded_bot_answers(
    fake_discord: FakeDiscord, world: World, make_marquee: MakeMarquee
) -> None:
    bot = make_marquee(shard_count=2)
    assert isinstance(bot, ShardedMarqueeBot)
    async with running(bot, fake_discord):
        await fake_discord.send_message(world.general, world.member, "!where heartstopper")
        reply = await fake_discord.wait_for_message(world.general.id)
        assert bot.get_guild(world.guild.id) is not None
    assert sorted(tuple(i["shard"]) for i in fake_discord.gateway.identifies) == [(0, 2), (1, 2)]
    assert "Netflix" in str(reply.embeds)
    assert_never_pinged(fake_discord)


async def test_round_trip_latency(
    fake_discord: FakeDiscord, world: World, make_marquee: MakeMarquee, capsys: pytest.CaptureFixture[str]
) -> None:
    """Time from a user's message reaching the gateway to the bot's reply reaching REST."""
    bot = make_marquee()
    bot.limiter = Limiter(per_user=(10_000, 1.0), per_channel=(10_000, 1.0))  # measure, don't throttle
    mention = f"<@{fake_discord.bot_user.id}>"
    questions = ["who plays nick?", "!premiere heartstopper", f"{mention} where can i watch heartstopper?"]
    timings: list[float] = []
    async with running(bot, fake_discord):
        for i in range(ROUND_TRIPS):
            started = time.perf_counter()
            await fake_discord.send_message(world.general, world.member, f"{mention} {questions[i % 3]}")
            await fake_discord.wait_for_message(world.general.id)
            timings.append(time.perf_counter() - started)
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[int(len(ms) * 0.95) - 1]
    with capsys.disabled():
        print(
            f"\nround trip over the fake Discord ({ROUND_TRIPS} questions): "
            f"median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms"
        )
    assert statistics.median(ms) < 500


async def spawn_marquee(fake_discord: FakeDiscord, tmp_path: Path) -> asyncio.subprocess.Process:
    """`python -m bot run` pointed at the fake server, with a fresh SQLite database."""
    env = {
        **os.environ,
        "DISCORD_TOKEN": fake_discord.token,
        "DISCORD_API_URL": fake_discord.api_url,
        "DISCORD_GATEWAY_URL": fake_discord.gateway_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}",
        "LOG_LEVEL": "INFO",
    }
    for name in ("SHARD_COUNT", "SHARD_IDS", "COMMAND_PREFIX", "DEFAULT_SHOW"):
        env.pop(name, None)
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip


async def finish(process: asyncio.subprocess.Process, within: float) -> bytes:
    """Everything the process prints, once it has exited.

    Reads the pipe while waiting, with a bound, so a process that fails to exit fails the test quickly.
    """
    assert process.stdout is not None
    chunks: list[bytes] = []

    async def read() -> None:
        assert process.stdout is not None
        while chunk := await process.stdout.read(65536):
            chunks.append(chunk)

    reader = asyncio.create_task(read())
    try:
        await asyncio.wait_for(process.wait(), within)
        await asyncio.wait_for(reader, 5)
    finally:
        reader.cancel()
    return b"".join(chunks)


async def test_marquee_run_process_answers_and_stops_on_sigterm(
    fake_discord: FakeDiscord, world: World, tmp_path: Path
) -> None:
    process = await spawn_marquee(fake_discord, tmp_path)
    try:
        await fake_discord.wait_until(lambda: bool(fake_discord.gateway.sessions), 60, "the bot to IDENTIFY")
        await fake_discord.send_message(world.general, world.member, "!premiere heartstopper")
        reply = await fake_discord.wait_for_message(world.general.id, within=30)
        process.send_signal(signal.SIGTERM)
        output = await finish(process, 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = output.decode(errors="replace")
    assert process.returncode == 0, log
    assert "October 3, 2024" in str(reply.embeds)
    assert "SIGTERM received: shutting down" in log
    assert "Traceback" not in log
    assert fake_discord.token not in log
    assert_never_pinged(fake_discord)


async def test_message_content_intent_not_enabled_in_portal(
    fake_discord: FakeDiscord, world: World, make_marquee: MakeMarquee
) -> None:
    fake_discord.gateway.allowed_privileged = 0
    with pytest.raises(discord.PrivilegedIntentsRequired):
        async with running(make_marquee(), fake_discord):
            pass


async def test_marquee_run_explains_a_missing_portal_intent(
    fake_discord: FakeDiscord, world: World, tmp_path: Path
) -> None:
    fake_discord.gateway.allowed_privileged = 0
    process = await spawn_marquee(fake_discord, tmp_path)
    output = await finish(process, 60)
    assert process.returncode == 1
    assert "Enable the Message Content intent" in output.decode(errors="replace")
