"""What `marquee run` logs at LOG_LEVEL=DEBUG: never people's messages, never the token."""

from __future__ import annotations

from pathlib import Path

from bot.localdiscord import FakeDiscord
from bot.localdiscord.world import World

from .marquee_process import Output, spawn

CANARY = "zebracanary"


async def test_debug_logs_carry_neither_message_text_nor_token(
    fake_discord: FakeDiscord, world: World, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
    output = Output(await spawn(fake_discord, tmp_path, url, LOG_LEVEL="DEBUG"))
    try:
        await fake_discord.wait_until(lambda: bool(fake_discord.gateway.sessions), 60, "the bot to IDENTIFY")
        await fake_discord.send_message(world.general, world.member, f"!cast heartstopper {CANARY}")
        await fake_discord.wait_for_message(world.general.id, within=30)
    finally:
        log = await output.stop()
    assert [CANARY in log.lower(), fake_discord.token in log, "DEBUG" in log] == [False, False, True]
