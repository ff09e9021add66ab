"""User uploads in the fake Discord: a local CDN serving the bytes; messages and slash commands with files.

bot/localdiscord only models what the bot sends; these helpers add what a user's upload looks
like on the wire (an `attachments` entry, or an attachment option with `resolved` data) and serve
the bytes the way cdn.discordapp.com does, so discord.py's own Attachment.read() downloads them.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web

from bot.localdiscord import FakeChannel, FakeDiscord, FakeUser, InteractionRecord
from bot.localdiscord.interactions import command_interaction
from bot.localdiscord.models import JSON, snowflake

ATTACHMENT_OPTION = 11  # application command option type


class FakeCdn:
    """Serves uploaded files over HTTP on 127.0.0.1 and records which ones were downloaded."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[bytes, str | None]] = {}
        self.downloads: list[str] = []
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/attachments/{channel}/{id}/{filename}", self._serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _serve(self, request: web.Request) -> web.Response:
        path = request.path
        self.downloads.append(path)
        if path not in self.files:
            return web.Response(status=404)
        data, content_type = self.files[path]
        return web.Response(body=data, headers={"Content-Type": content_type or "application/octet-stream"})

    def upload(
        self,
        channel: FakeChannel,
        filename: str,
        data: bytes,
        content_type: str | None = "text/plain; charset=utf-8",
        *,
        size: int | None = None,
    ) -> JSON:
        """An attachment payload for ``data`` (``size`` may claim more, as for a file never fetched)."""
        attachment_id = snowflake()
        path = f"/attachments/{channel.id}/{attachment_id}/{filename}"
        self.files[path] = (data, content_type)
        payload: JSON = {
            "id": str(attachment_id),
            "filename": filename,
            "size": len(data) if size is None else size,
            "url": f"http://127.0.0.1:{self.port}{path}",
            "proxy_url": f"http://127.0.0.1:{self.port}{path}",
        }
        if content_type is not None:
            payload["content_type"] = content_type
        return payload


@asynccontextmanager
async def running_cdn() -> AsyncIterator[FakeCdn]:
    cdn = FakeCdn()
    await cdn.start()
    try:
        yield cdn
    finally:
        await cdn.stop()


async def send_with_attachment(
    server: FakeDiscord, channel: FakeChannel, author: FakeUser, content: str, attachment: JSON
) -> JSON:
    """Post ``content`` with one attached file (MESSAGE_CREATE)."""
    payload = server.state.build_message(channel, author, content, mentions=[])
    payload["attachments"] = [attachment]
    await server.gateway.dispatch("MESSAGE_CREATE", payload, channel.guild_id)
    return payload


async def run_command_with_attachment(
    server: FakeDiscord,
    command: str,
    channel: FakeChannel,
    user: FakeUser,
    option: str,
    attachment: JSON,
    options: dict[str, Any] | None = None,
) -> InteractionRecord:
    """Invoke a slash command with a file in its attachment option ``option``."""
    record = command_interaction(server.state, command, channel, user, options)
    data = record.payload["data"]
    data["options"].append({"name": option, "type": ATTACHMENT_OPTION, "value": attachment["id"]})
    data.setdefault("resolved", {}).setdefault("attachments", {})[attachment["id"]] = attachment
    await server.gateway.dispatch("INTERACTION_CREATE", record.payload, channel.guild_id)
    return record
