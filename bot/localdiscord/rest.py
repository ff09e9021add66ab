"""The fake REST API: routing, recording every call, and the non-interaction endpoints."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from .models import JSON, snowflake
from .outbound import Outbound
from .replies import Reply, error, no_content, ok
from .state import FakeState, RestCall, SentMessage
from .webhooks import Webhooks

log = logging.getLogger("fake_discord.rest")

# The application flag Discord sets when the Message Content intent is enabled in the developer portal.
GATEWAY_MESSAGE_CONTENT_LIMITED = 1 << 19
# Interaction callbacks and webhook follow-ups authenticate by their token in the URL.
_UNAUTHENTICATED = ("/interactions/", "/webhooks/")


@dataclass
class Call:
    """A matched request: URL parameters, decoded body and query string."""

    params: dict[str, str]
    body: Any
    query: dict[str, str]

    def id(self, name: str) -> int:
        return int(self.params[name])


Handler = Callable[[Call], Awaitable[Reply]]


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\})", template)
    return re.compile("".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts))


async def read_body(request: web.Request) -> Any:
    """JSON bodies, or multipart ones (payload_json + files, recorded by name and size)."""
    if request.content_type.startswith("multipart/"):
        body: JSON = {}
        files: list[JSON] = []
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader):
                continue
            data = await part.read()
            if part.name == "payload_json":
                body.update(json.loads(data))
            else:
                files.append({"field": part.name, "filename": part.filename, "size": len(data)})
        body["_files"] = files
        return body
    raw = await request.read()
    return json.loads(raw) if raw else None


class Rest:
    """Dispatches /api/v10/... requests to handlers and records each one in the state."""

    def __init__(
        self, state: FakeState, outbound: Outbound, gateway_url: Callable[[], str], shards: Callable[[], int]
    ) -> None:
        self.state = state
        self.outbound = outbound
        self._gateway_url = gateway_url
        self._shards = shards
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        add = self.add
        add("GET", "/users/@me", self.get_me)
        add("GET", "/oauth2/applications/@me", self.get_app)
        add("GET", "/applications/@me", self.get_app)
        add("GET", "/gateway", self.get_gateway)
        add("GET", "/gateway/bot", self.get_gateway)
        add("PUT", "/applications/{app}/commands", self.put_commands)
        add("GET", "/applications/{app}/commands", self.get_commands)
        add("PUT", "/applications/{app}/guilds/{guild}/commands", self.put_commands)
        add("GET", "/applications/{app}/guilds/{guild}/commands", self.get_commands)
        add("GET", "/channels/{channel}", self.get_channel)
        add("POST", "/channels/{channel}/messages", self.create_message)
        add("GET", "/channels/{channel}/messages/{message}", self.get_message)
        add("PATCH", "/channels/{channel}/messages/{message}", self.edit_message)
        add("DELETE", "/channels/{channel}/messages/{message}", self.delete_message)
        add("POST", "/channels/{channel}/typing", self.empty)
        add("PUT", "/channels/{channel}/messages/{message}/reactions/{emoji}/{user}", self.empty)
        add("DELETE", "/channels/{channel}/messages/{message}/reactions/{emoji}/{user}", self.empty)
        add("POST", "/users/@me/channels", self.create_dm)
        add("GET", "/guilds/{guild}/members/{user}", self.get_member)
        Webhooks(state, outbound).register(add)

    def add(self, method: str, template: str, handler: Handler) -> None:
        self._routes.append((method, _compile(template), handler))

    async def handle(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        query = dict(request.query)
        body = await read_body(request)
        known = True
        if not path.startswith(_UNAUTHENTICATED) and request.headers.get("Authorization") != (
            f"Bot {self.state.token}"
        ):
            reply = error(401, 0, "401: Unauthorized")
        else:
            for method, pattern, handler in self._routes:
                match = pattern.fullmatch(path)
                if match and method == request.method:
                    reply = await handler(Call(match.groupdict(), body, query))
                    break
            else:
                # Keep the bot alive, but make the gap visible to tests.
                log.warning("fake Discord: unknown route %s %s", request.method, path)
                known = False
                reply = ok([] if request.method == "GET" and path.endswith("s") else {})
        self.state.record_call(RestCall(request.method, path, query, body, reply.status, known))
        return reply.to_response()

    # -- login --------------------------------------------------------------
    async def get_me(self, call: Call) -> Reply:
        return ok({**self.state.bot_user.payload(), "verified": True, "mfa_enabled": False, "flags": 0})

    async def get_app(self, call: Call) -> Reply:
        return ok(
            {
                "id": str(self.state.application_id),
                "name": self.state.bot_user.username,
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": self.state.owner_user.payload(),
                "verify_key": "0" * 64,
                "team": None,
                "flags": GATEWAY_MESSAGE_CONTENT_LIMITED,
                "summary": "",
                "rpc_origins": [],
            }
        )

    async def get_gateway(self, call: Call) -> Reply:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return ok({"url": self._gateway_url(), "shards": self._shards(), "session_start_limit": limit})

    # -- application commands -------------------------------------------------
    async def put_commands(self, call: Call) -> Reply:
        guild_id = call.id("guild") if "guild" in call.params else None
        stored = []
        for command in call.body or []:
            entry = {
                "type": 1,
                "options": [],
                "default_member_permissions": None,
                "nsfw": False,
                **command,
                "id": str(snowflake()),
                "application_id": str(self.state.application_id),
                "version": str(snowflake()),
            }
            if guild_id is not None:
                entry["guild_id"] = str(guild_id)
            stored.append(entry)
        self.state.commands[guild_id] = stored
        return ok(stored)

    async def get_commands(self, call: Call) -> Reply:
        guild_id = call.id("guild") if "guild" in call.params else None
        return ok(self.state.commands.get(guild_id, []))

    # -- channels and messages -------------------------------------------------
    async def get_channel(self, call: Call) -> Reply:
        channel = self.state.channels.get(call.id("channel"))
        return ok(channel.payload()) if channel else error(404, 10003, "Unknown Channel")

    async def create_message(self, call: Call) -> Reply:
        channel = self.state.channels.get(call.id("channel"))
        if channel is None:
            return error(404, 10003, "Unknown Channel")
        limited = self.outbound.take_rate_limit()
        if limited is not None:
            return limited
        result = await self.outbound.create(channel, call.body or {}, kind="channel")
        return ok(result.payload) if isinstance(result, SentMessage) else result

    async def get_message(self, call: Call) -> Reply:
        message = self.state.messages.get(call.id("message"))
        return ok(message) if message else error(404, 10008, "Unknown Message")

    async def edit_message(self, call: Call) -> Reply:
        message = self.state.messages.get(call.id("message"))
        if message is None:
            return error(404, 10008, "Unknown Message")
        if int(message["author"]["id"]) != self.state.bot_user.id:
            return error(403, 50005, "Cannot edit a message authored by another user")
        result = await self.outbound.edit(call.id("message"), call.body or {})
        return ok(result.payload) if isinstance(result, SentMessage) else result

    async def delete_message(self, call: Call) -> Reply:
        message = self.state.messages.pop(call.id("message"), None)
        return no_content() if message else error(404, 10008, "Unknown Message")

    async def empty(self, call: Call) -> Reply:
        return no_content()

    async def create_dm(self, call: Call) -> Reply:
        user = self.state.users.get(int((call.body or {}).get("recipient_id", 0)))
        if user is None:
            return error(400, 50035, "Invalid Form Body")
        return ok(self.state.dm_channel(user).payload())

    async def get_member(self, call: Call) -> Reply:
        guild = self.state.guilds.get(call.id("guild"))
        member = guild.members.get(call.id("user")) if guild else None
        return ok(member.payload()) if member else error(404, 10007, "Unknown Member")
