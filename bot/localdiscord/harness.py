"""Run an unmodified discord.py client against a FakeDiscord inside a test."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TypeVar

import discord

from bot.discord_endpoints import discord_endpoints

from .server import FakeDiscord
from .state import SentMessage

ClientT = TypeVar("ClientT", bound=discord.Client)


async def _no_identify_wait(shard_id: int | None, *, initial: bool = False) -> None:
    """Replaces discord.py's 5 s pause before a re-IDENTIFY; the fake has no IDENTIFY limit."""


def make_fast(client: discord.Client) -> None:
    """Cut discord.py's real-Discord safety waits, which only slow tests down."""
    # Both are read at run time; setting them on the instance works for any Client subclass.
    client._connection.guild_ready_timeout = 0.05
    setattr(client, "before_identify_hook", _no_identify_wait)  # noqa: B010


def tracks_view(client: discord.Client, message_id: int) -> bool:
    """Whether the bot has registered the buttons of its message ``message_id``.

    discord.py registers a view only once the send's HTTP response is back, a moment after
    the fake recorded the message: click only after this holds (a person is never that fast).
    """
    return client._connection._view_store.is_message_tracked(message_id)


@contextlib.asynccontextmanager
async def running(
    client: ClientT, server: FakeDiscord, *, within: float = 10.0, token: str | None = None
) -> AsyncIterator[ClientT]:
    """Log in, connect and wait for READY; on exit close the client and restore discord.py's URLs.

    discord.py's endpoints are process-global, so only one client may run at a time.
    """
    make_fast(client)
    with discord_endpoints(server.api_url, server.gateway_url):
        try:
            await client.login(token or server.token)
        except BaseException:
            await client.close()  # login opened an HTTP session
            raise
        connection = asyncio.create_task(client.connect(reconnect=True), name="fake-discord-connect")
        ready = asyncio.create_task(client.wait_until_ready())
        try:
            done, _ = await asyncio.wait(
                {connection, ready}, timeout=within, return_when=asyncio.FIRST_COMPLETED
            )
            if connection in done:
                connection.result()  # raises the connection error
                raise RuntimeError("client.connect() returned before READY")
            if ready not in done:
                raise TimeoutError(f"bot not READY within {within}s")
            yield client
        finally:
            ready.cancel()
            await client.close()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(connection, within)


def shown_text(message: SentMessage) -> str:
    """Content plus embed title/description/fields/footer, for assertions that ignore the format."""
    parts = [message.content]
    for embed in message.embeds:
        parts += [
            embed.get("title", ""),
            embed.get("description", ""),
            embed.get("footer", {}).get("text", ""),
        ]
        parts += [f"{f['name']}: {f['value']}" for f in embed.get("fields", [])]
    return "\n".join(p for p in parts if p)
