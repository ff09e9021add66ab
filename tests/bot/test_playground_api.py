"""The page's API refuses bad input with a short reason (no bot needed: nothing reaches one)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from bot.playground.server import PlaygroundServer


@pytest.fixture
async def server() -> AsyncIterator[PlaygroundServer]:
    playground = PlaygroundServer(port=0)
    await playground.start()
    try:
        yield playground
    finally:
        await playground.stop()


async def _post(server: PlaygroundServer, path: str, body: Any) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as session, session.post(server.page_url + path, json=body) as reply:
        return reply.status, await reply.json()


async def test_empty_message_is_refused_with_a_reason(server: PlaygroundServer) -> None:
    channel = str(server.world.general.id)
    status, body = await _post(server, "api/send", {"channel": channel, "content": "   "})
    assert (status, body) == (400, {"error": "Type a message first."})


async def test_message_to_an_unknown_channel_is_refused(server: PlaygroundServer) -> None:
    status, body = await _post(server, "api/send", {"channel": "12345", "content": "hi"})
    assert (status, body) == (400, {"error": "unknown channel"})


async def test_overlong_message_is_refused_not_cut(server: PlaygroundServer) -> None:
    channel = str(server.world.general.id)
    status, body = await _post(server, "api/send", {"channel": channel, "content": "x" * 2001})
    assert status == 400 and "at most 2000 characters" in body["error"]
    assert not server.state.messages


async def test_non_json_options_are_refused(server: PlaygroundServer) -> None:
    channel = str(server.world.general.id)
    status, body = await _post(server, "api/command", {"channel": channel, "command": "x", "options": "{"})
    assert (status, body) == (400, {"error": "options must be a JSON object"})


async def test_message_from_the_page_mentions_the_bot_for_at_marquee(server: PlaygroundServer) -> None:
    channel = str(server.world.general.id)
    question = {"channel": channel, "content": "@Marquee who plays nick?"}
    status, body = await _post(server, "api/send", question)
    stored = server.state.messages[int(body["id"])]
    assert status == 200
    assert stored["content"] == f"<@{server.bot_user.id}> who plays nick?"
    assert [m["id"] for m in stored["mentions"]] == [str(server.bot_user.id)]
