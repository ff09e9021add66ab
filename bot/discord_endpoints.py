"""Point discord.py at another REST API / gateway (a local fake server, a proxy)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

# Captured at import so "None" can always restore Discord's real endpoints,
# even after several redirections in one process (tests do this a lot).
DEFAULT_API_URL: str = Route.BASE
DEFAULT_GATEWAY_URL: str = str(DiscordWebSocket.DEFAULT_GATEWAY)


def point_discord_at(api_url: str | None, gateway_url: str | None) -> None:
    """Redirect discord.py's REST base and gateway URL; ``None`` restores Discord's own.

    Both are process-global class attributes: every client in the process is
    affected, so never run bots against different servers in one process.
    ``Route.BASE`` is read when each request is built, ``DEFAULT_GATEWAY`` when
    a plain (unsharded) client connects; a sharded client asks GET /gateway/bot
    instead, which the redirected REST base answers.
    """
    Route.BASE = api_url.rstrip("/") if api_url else DEFAULT_API_URL
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url or DEFAULT_GATEWAY_URL)


def current_endpoints() -> tuple[str, str]:
    """Return the (api_url, gateway_url) discord.py uses right now."""
    return Route.BASE, str(DiscordWebSocket.DEFAULT_GATEWAY)


@contextmanager
def discord_endpoints(api_url: str | None, gateway_url: str | None) -> Iterator[None]:
    """Temporarily redirect discord.py, restoring whatever was set before."""
    saved_api, saved_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    point_discord_at(api_url, gateway_url)
    try:
        yield
    finally:
        Route.BASE = saved_api
        DiscordWebSocket.DEFAULT_GATEWAY = saved_gateway
