"""`marquee playground`: the local Discord, the real bot connected to it, and the page, in one process."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from pydantic import SecretStr

from bot.discord_app import MarqueeBot, serve
from bot.discord_endpoints import point_discord_at
from bot.limiter import Limiter
from bot.localdiscord.harness import make_fast
from bot.settings import Settings
from bot.startup import report
from db import guilds

from .server import PlaygroundServer
from .world import GUILD_ID, QUESTIONS_ID

READY_WITHIN = 30.0  # seconds for the bot to connect to the in-process server
PLAYGROUND_RATE = (60, 30.0)  # questions per seconds, per user and per channel


class PortUnavailable(Exception):
    """The page's address is taken or not this machine's."""


def _announce(url: str) -> None:
    print(f"Marquee playground: {url}  (open it in a browser; Ctrl+C stops it)", flush=True)


async def _prepare(bot: MarqueeBot, server: PlaygroundServer, announce: Callable[[str], None]) -> None:
    """Once the bot is connected: make #ask-marquee a question channel, then tell the user where to go."""
    try:
        await asyncio.wait_for(bot.wait_until_ready(), READY_WITHIN)
    except TimeoutError:
        report("playground", f"the bot did not connect to the local server within {READY_WITHIN:g}s", 1)
        bot.request_stop("no connection")
        return
    await bot.update_guild(GUILD_ID, lambda s: guilds.add_question_channel(s, GUILD_ID, QUESTIONS_ID))
    announce(server.page_url)


async def serve_playground(
    settings: Settings, host: str = "127.0.0.1", port: int = 0, announce: Callable[[str], None] = _announce
) -> None:
    """Run until the bot is stopped (SIGINT/SIGTERM); ``announce`` gets the page's URL once it works."""
    server = PlaygroundServer(host, port)
    try:
        await server.start()
    except OSError as exc:
        raise PortUnavailable(f"can't listen on {host}:{port}: {exc.strerror or exc}") from exc
    background: set[asyncio.Task[None]] = set()

    def ready(bot: MarqueeBot) -> None:
        make_fast(bot)  # no waiting for guilds that will never arrive from a real Discord
        # One person tries many questions in a row here, and no real Discord rate limit applies.
        bot.limiter = Limiter(per_user=PLAYGROUND_RATE, per_channel=PLAYGROUND_RATE)
        server.engine = bot.engine
        task = asyncio.get_running_loop().create_task(_prepare(bot, server, announce))
        background.add(task)
        task.add_done_callback(background.discard)

    # The bot reaches the server through the very settings `marquee run` uses for any Discord-compatible one.
    bot_settings = settings.model_copy(
        update={
            "discord_token": SecretStr(server.token),
            "discord_api_url": server.api_url,
            "discord_gateway_url": server.gateway_url,
            "shard_count": None,
            "shard_ids": None,
        }
    )
    point_discord_at(bot_settings.discord_api_url, bot_settings.discord_gateway_url)
    try:
        await serve(bot_settings, ready=ready)
    finally:
        for task in background:
            task.cancel()
        point_discord_at(None, None)
        await server.stop()


def run_playground(settings: Settings, host: str, port: int, *, any_port_if_taken: bool = False) -> int:
    """Exit status of `marquee playground`: 0 after Ctrl+C, 1 when the port can't be used.

    With ``any_port_if_taken`` (`marquee run` without a token) a busy port falls back to a free one.
    """
    try:
        try:
            asyncio.run(serve_playground(settings, host, port))
        except PortUnavailable:
            if not any_port_if_taken or port == 0:
                raise
            asyncio.run(serve_playground(settings, host, 0))
    except PortUnavailable as exc:
        return report("playground", str(exc), 1)
    return 0
