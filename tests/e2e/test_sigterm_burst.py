"""SIGTERM in the middle of a burst of questions: `marquee run` exits 0 without a traceback, no question is
answered twice, and the next start on the same database answers at once."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

from bot.localdiscord import FakeDiscord
from bot.localdiscord.world import World

from .marquee_process import Output, spawn

BURST = 60


async def _burst_then_sigterm(fake: FakeDiscord, world: World, output: Output) -> str:
    await fake.wait_until(lambda: bool(fake.gateway.sessions), 60, "the bot to IDENTIFY")
    await asyncio.sleep(0.5)
    users = [fake.create_user(f"fan{n}") for n in range(BURST)]
    for user in users:
        fake.add_member(world.guild, user)
    for user in users:
        await fake.send_message(world.general, user, "!premiere heartstopper")
    await fake.wait_until(lambda: len(fake.sent) >= 5, 30, "the first answers")
    return await output.stop()


async def test_sigterm_mid_burst_exits_cleanly_without_duplicates(
    fake_discord: FakeDiscord, world: World, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    output = Output(await spawn(fake_discord, tmp_path, url))
    log = await _burst_then_sigterm(fake_discord, world, output)
    replies = Counter(
        ref for m in fake_discord.sent if (ref := (m.message_reference or {}).get("message_id"))
    )
    outcome = [output.process.returncode, "Traceback" in log, max(replies.values())]
    assert outcome == [0, False, 1], log[-4000:]


async def test_the_start_after_a_sigterm_mid_burst_answers(
    fake_discord: FakeDiscord, world: World, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    await _burst_then_sigterm(fake_discord, world, Output(await spawn(fake_discord, tmp_path, url)))
    again = Output(await spawn(fake_discord, tmp_path, url))
    try:
        await fake_discord.wait_until(lambda: len(fake_discord.gateway.identifies) >= 2, 60, "a new IDENTIFY")
        await asyncio.sleep(0.5)
        before = len(fake_discord.sent)
        await fake_discord.send_message(world.general, world.member, "!premiere heartstopper")
        await fake_discord.wait_until(lambda: len(fake_discord.sent) > before, 30, "an answer")
    finally:
        log = await again.stop()
    assert "October 3, 2024" in str(fake_discord.sent[-1].embeds), log
