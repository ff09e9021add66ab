"""Keep trying to reach Discord's gateway when it is unreachable while REST works.

discord.py's Client.connect() retries a dropped connection, but when the very first websocket never opens it
has no previous connection to resume from and fails with AttributeError ('NoneType' object has no attribute
'sequence'), ending the bot 0.4 s after login. This mixin catches exactly that case, says what is wrong in one
log line, and starts over with a growing pause.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord

from bot.logsafety import describe_error

log = logging.getLogger(__name__)
FIRST_PAUSE = 1.0  # seconds before the second attempt; doubles up to MAX_PAUSE
MAX_PAUSE = 60.0


class GatewayRetry(discord.Client):
    """Client.connect() that survives a gateway that cannot be reached before the first connection."""

    gateway_attempts: int = 0  # failed first connections so far (logs and tests)

    async def connect(self, *, reconnect: bool = True) -> None:
        pause = FIRST_PAUSE
        while True:
            try:
                await super().connect(reconnect=reconnect)
                return
            except AttributeError as exc:
                # Only the "never connected" case; any other AttributeError is a bug to surface.
                if self.ws is not None or not reconnect or self.is_closed():
                    raise
                self.gateway_attempts += 1
                log.warning(
                    "Can't reach Discord's gateway at %s (%s) although its REST API answers; retrying in"
                    " %.0f s",
                    _gateway_url(self),
                    describe_error(exc.__context__ or exc),
                    pause,
                )
            await asyncio.sleep(pause)
            if self.is_closed():
                return
            pause = min(pause * 2, MAX_PAUSE)


def _gateway_url(client: Any) -> str:
    return str(getattr(client, "_gateway_url", None) or discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
