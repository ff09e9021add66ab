"""Redirecting discord.py's REST base and gateway (process-global class attributes)."""

from __future__ import annotations

from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.discord_endpoints import (
    DEFAULT_API_URL,
    DEFAULT_GATEWAY_URL,
    current_endpoints,
    discord_endpoints,
    point_discord_at,
)


def test_point_and_restore() -> None:
    try:
        point_discord_at("http://127.0.0.1:9/api/v10/", "ws://127.0.0.1:9/gateway")
        assert Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
        assert str(DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:9/gateway"
        point_discord_at(None, None)
        assert current_endpoints() == (DEFAULT_API_URL, DEFAULT_GATEWAY_URL)
        assert DEFAULT_API_URL.startswith("https://discord.com/api/v")
    finally:
        point_discord_at(None, None)


def test_context_manager_restores_previous_values() -> None:
    with discord_endpoints("http://127.0.0.1:1/api/v10", None):
        assert Route.BASE == "http://127.0.0.1:1/api/v10"
        assert str(DiscordWebSocket.DEFAULT_GATEWAY) == DEFAULT_GATEWAY_URL
        with discord_endpoints("http://127.0.0.1:2/api/v10", "ws://127.0.0.1:2/gateway"):
            assert Route.BASE == "http://127.0.0.1:2/api/v10"
        assert Route.BASE == "http://127.0.0.1:1/api/v10"
    assert current_endpoints() == (DEFAULT_API_URL, DEFAULT_GATEWAY_URL)
