"""The gateway unreachable while REST works: the bot keeps retrying with a growing pause, says what is wrong,
and answers once the gateway accepts connections (a proxy port that refuses, then forwards to the server)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import pytest

from bot.discord_app import MarqueeBot
from bot.discord_endpoints import discord_endpoints
from bot.localdiscord import FakeDiscord
from bot.localdiscord.harness import make_fast
from bot.localdiscord.world import World
from tests.faults import TcpProxy

from .conftest import MakeMarquee


@dataclass
class Starting:
    bot: MarqueeBot
    gateway: TcpProxy  # not listening until started: connections to it are refused
    connection: asyncio.Task[None]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def starting(
    fake_discord: FakeDiscord, world: World, make_marquee: MakeMarquee
) -> AsyncIterator[Starting]:
    gateway = TcpProxy("127.0.0.1", fake_discord.port)
    gateway.port = _free_port()
    bot = make_marquee()
    make_fast(bot)
    with discord_endpoints(fake_discord.api_url, f"ws://127.0.0.1:{gateway.port}/gateway"):
        await bot.login(fake_discord.token)
        connection = asyncio.create_task(bot.connect(reconnect=True))
        try:
            yield Starting(bot, gateway, connection)
        finally:
            await bot.close()
            await gateway.cut()
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(connection, 10)


async def _wait_for(predicate: Callable[[], bool], within: float) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def test_an_unreachable_gateway_is_retried_not_fatal(starting: Starting) -> None:
    await _wait_for(lambda: starting.bot.gateway_attempts >= 2, 20)
    assert not starting.connection.done()


async def test_an_unreachable_gateway_is_logged_with_its_address(
    starting: Starting, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.gateway_retry"):
        await _wait_for(lambda: starting.bot.gateway_attempts >= 1, 20)
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.gateway_retry"]
    assert f"127.0.0.1:{starting.gateway.port}" in lines[0]


async def test_the_bot_answers_once_the_gateway_accepts(
    starting: Starting, fake_discord: FakeDiscord, world: World
) -> None:
    await _wait_for(lambda: starting.bot.gateway_attempts >= 1, 20)
    await starting.gateway.start()
    await asyncio.wait_for(starting.bot.wait_until_ready(), 30)
    await fake_discord.send_message(world.general, world.member, "!premiere heartstopper")
    reply = await fake_discord.wait_for_message(world.general.id, within=10)
    assert "October 3, 2024" in str(reply.embeds)
