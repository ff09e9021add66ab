"""One aiohttp app on one port: the local Discord-compatible server, the page, its API and uploads."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from aiohttp import web

from bot.localdiscord.models import JSON, FakeChannel, snowflake
from bot.localdiscord.server import FakeDiscord

from .world import PlaygroundWorld, build_playground_world

if TYPE_CHECKING:
    from intents.engine import QuestionEngine

STATIC_FILES = {
    "index.html": "text/html",
    "playground.css": "text/css",
    "playground.js": "text/javascript",
    "slash.js": "text/javascript",
}
_LOOPBACK = {"0.0.0.0", "::", "", "localhost"}


@dataclass
class Upload:
    """A file a user attached, served the way Discord's CDN serves attachments."""

    data: bytes
    content_type: str


class PlaygroundServer(FakeDiscord):
    """The local Discord plus the playground's routes, bound to ``host``:``port`` (0: a free port)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        # A fresh token per run: only the bot this process starts can log in.
        super().__init__(token="playground-" + secrets.token_hex(16))
        self.host = host
        self.wanted_port = port
        self.world: PlaygroundWorld = build_playground_world(self.state)
        self.uploads: dict[str, Upload] = {}
        self.user_actions = 0  # bumped by everything the page does, so waiting pages wake up
        self.engine: QuestionEngine | None = None  # the bot's, once it runs: answers' sources come from it

    async def start(self) -> PlaygroundServer:
        from .api import PageApi  # late: api imports this module's Upload

        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_route("*", "/api/v10/{tail:.*}", self.rest.handle)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get("/resume", self.gateway.handle)
        app.router.add_get("/cdn/attachments/{channel}/{id}/{filename}", self._serve_upload)
        PageApi(self).register(app.router)
        app.router.add_get("/", self._static_handler("index.html"))
        for name in STATIC_FILES:
            app.router.add_get(f"/static/{name}", self._static_handler(name))
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.wanted_port))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        return self

    @property
    def _bot_host(self) -> str:
        if self.host in _LOOPBACK:
            return "127.0.0.1"
        return f"[{self.host}]" if ":" in self.host else self.host

    @property
    def api_url(self) -> str:
        return f"http://{self._bot_host}:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self._bot_host}:{self.port}/gateway"

    @property
    def resume_url(self) -> str:
        return f"ws://{self._bot_host}:{self.port}/resume"

    @property
    def page_url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self._bot_host
        return f"http://{host}:{self.port}/"

    def touch(self) -> None:
        """Something visible changed outside the bot's own REST calls."""
        self.user_actions += 1
        self.state.changed.notify()

    @property
    def version(self) -> int:
        """Grows whenever a message may have appeared, changed or gone."""
        return len(self.state.sent) + len(self.state.rest_calls) + self.user_actions

    def attach(self, channel: FakeChannel, filename: str, data: bytes, content_type: str) -> JSON:
        """Store an upload and return its attachment payload (discord.py downloads it from our URL)."""
        attachment_id = snowflake()
        safe_name = "".join(c if c.isalnum() or c in "._-" else "_" for c in filename)[:100] or "file.txt"
        path = f"/cdn/attachments/{channel.id}/{attachment_id}/{safe_name}"
        self.uploads[path] = Upload(data, content_type)
        return {
            "id": str(attachment_id),
            "filename": safe_name,
            "size": len(data),
            "content_type": content_type,
            "url": f"http://{self._bot_host}:{self.port}{path}",
            "proxy_url": f"http://{self._bot_host}:{self.port}{path}",
        }

    async def _serve_upload(self, request: web.Request) -> web.Response:
        upload = self.uploads.get(request.path)
        if upload is None:
            return web.Response(status=404)
        return web.Response(body=upload.data, headers={"Content-Type": upload.content_type})

    @staticmethod
    def _static_handler(name: str) -> Callable[[web.Request], Awaitable[web.Response]]:
        content_type = STATIC_FILES[name]

        async def serve(request: web.Request) -> web.Response:
            body = resources.files("bot.playground").joinpath("static", name).read_bytes()
            headers = {"Content-Type": f"{content_type}; charset=utf-8", "Cache-Control": "no-cache"}
            return web.Response(body=body, headers=headers)

        return serve
