"""The page's HTTP API: read a channel (long-poll), send messages, run slash commands, click buttons."""

from __future__ import annotations

import contextlib
import json
import re
from typing import TYPE_CHECKING

from aiohttp import BodyPartReader, web

from bot.localdiscord.interactions import command_interaction, component_interaction
from bot.localdiscord.models import DM_CHANNEL, JSON, FakeChannel

from .commands import ATTACHMENT, SUB_COMMAND, SUB_GROUP, CommandError, command_catalog, option_values
from .sources import answer_sources

if TYPE_CHECKING:
    from .server import PlaygroundServer

APPLICATION_COMMAND = 2  # interaction type
LOADING = 128  # message flag: the bot deferred and is "thinking"
POLL_SECONDS = 20.0  # a waiting page gets an answer at least this often
MAX_MESSAGE = 2000  # characters, Discord's limit; longer text is refused, not cut
_BOT_MENTION = re.compile(r"@marquee\b", re.IGNORECASE)


def _still_loading(message: JSON) -> bool:
    return bool(int(message.get("flags") or 0) & LOADING) and not (
        message.get("content") or message.get("embeds")
    )


def _bad(message: str) -> web.Response:
    return web.json_response({"error": message}, status=400)


class PageApi:
    """Handlers for /api/*: everything the page does goes through the local Discord as a real user would."""

    def __init__(self, server: PlaygroundServer) -> None:
        self.server = server
        self.world = server.world

    def register(self, router: web.UrlDispatcher) -> None:
        router.add_get("/api/state", self.state)
        router.add_get("/api/messages", self.messages)
        router.add_post("/api/send", self.send)
        router.add_post("/api/command", self.command)
        router.add_post("/api/autocomplete", self.autocomplete)
        router.add_post("/api/click", self.click)
        router.add_post("/api/admin", self.admin)
        router.add_get("/api/answer-sources", self.sources)

    def _channel(self, raw: object) -> FakeChannel | None:
        try:
            channel = self.server.state.channels.get(int(str(raw)))
        except ValueError:
            return None
        return channel if channel in self.world.channels else None

    # -- reading --------------------------------------------------------
    async def state(self, request: web.Request) -> web.Response:
        bot = self.server.state.bot_user
        channels = [
            {"id": str(c.id), "name": c.name or bot.username, "dm": c.type == DM_CHANNEL}
            for c in self.world.channels
        ]
        return web.json_response(
            {
                "guild": self.world.guild.name,
                "bot": {"id": str(bot.id), "name": bot.username},
                "you": {"id": str(self.world.you.id), "name": self.world.you.username},
                "admin": self.world.is_admin,
                "channels": channels,
                "questions_channel": str(self.world.questions.id),
                "commands": command_catalog(self.server.state, self.world.guild.id),
                "ready": bool(self.server.gateway.sessions),
            }
        )

    async def messages(self, request: web.Request) -> web.Response:
        """The channel's messages; with ``after`` (a version), wait until something changed first."""
        channel = self._channel(request.query.get("channel"))
        if channel is None:
            return _bad("unknown channel")
        after = request.query.get("after")
        if after is not None and after.isdigit():
            # Every REST call of the bot and every action of the page wakes this up.
            with contextlib.suppress(TimeoutError):
                await self.server.wait_until(
                    lambda: self.server.version != int(after), POLL_SECONDS, "a change"
                )
        return web.json_response({"version": self.server.version, "messages": self._shown(channel)})

    def _shown(self, channel: FakeChannel) -> list[JSON]:
        """The channel's messages, each bot answer labelled with the slash command it answers."""
        state = self.server.state
        commands: dict[int, str] = {}
        hidden: set[int] = set()
        for record in state.interactions.values():
            if record.type != APPLICATION_COMMAND or record.original_message_id is None:
                continue
            name = str(record.payload["data"].get("name"))
            original = state.messages.get(record.original_message_id)
            later = [
                s.id
                for s in state.sent
                if s.interaction_id == record.id and s.id != record.original_message_id
            ]
            if original is not None and _still_loading(original) and later:
                # Discord turns "thinking…" into the first follow-up; show that one in its place.
                hidden.add(record.original_message_id)
                commands[later[0]] = name
            else:
                commands[record.original_message_id] = name
        shown = []
        for message in state.messages.values():
            message_id = int(message["id"])
            if int(message["channel_id"]) != channel.id or message_id in hidden:
                continue
            command = commands.get(message_id)
            shown.append({**message, "used_command": command} if command else message)
        return shown

    async def sources(self, request: web.Request) -> web.Response:
        """The article and facts behind one of the bot's answers."""
        raw = request.query.get("message", "")
        message = self.server.state.messages.get(int(raw)) if raw.isdigit() else None
        engine = self.server.engine
        if message is None or engine is None:
            return web.json_response({"error": "unknown message"}, status=404)
        return web.json_response(answer_sources(engine.kb, message))

    # -- acting -----------------------------------------------------------
    async def _form(self, request: web.Request) -> tuple[JSON, tuple[str, bytes, str] | None]:
        """JSON, or multipart with a ``payload`` JSON part and an optional ``file`` part."""
        if not request.content_type.startswith("multipart/"):
            try:
                body = await request.json()
            except ValueError:  # not JSON: treated as an empty form, so the reply says what is missing
                body = {}
            return (body if isinstance(body, dict) else {}), None
        fields: JSON = {}
        upload: tuple[str, bytes, str] | None = None
        async for part in await request.multipart():
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "file" and part.filename:
                content_type = part.headers.get("Content-Type", "application/octet-stream")
                upload = (part.filename, await part.read(), content_type)
            elif part.name is not None:
                fields[part.name] = await part.text()
        return fields, upload

    async def send(self, request: web.Request) -> web.Response:
        """Post a message as you, with an optional attached file (MESSAGE_CREATE)."""
        body, upload = await self._form(request)
        channel = self._channel(body.get("channel"))
        if channel is None:
            return _bad("unknown channel")
        content = str(body.get("content") or "")
        if len(content) > MAX_MESSAGE:
            return _bad(f"Messages are at most {MAX_MESSAGE} characters.")
        if not content.strip() and upload is None:
            return _bad("Type a message first.")
        # "@Marquee" typed on the page is a mention of the bot, as picking it in Discord would be.
        content = _BOT_MENTION.sub(self.server.state.bot_user.mention, content)
        state = self.server.state
        users, roles, everyone = state.parse_mentions(content)
        payload = state.build_message(
            channel, self.world.you, content, mentions=users, mention_roles=roles, mention_everyone=everyone
        )
        if upload is not None:
            payload["attachments"] = [self.server.attach(channel, *upload)]
        self.server.touch()
        await self.server.gateway.dispatch("MESSAGE_CREATE", payload, channel.guild_id)
        return web.json_response({"id": payload["id"]})

    async def command(self, request: web.Request) -> web.Response:
        """Run a slash command (APPLICATION_COMMAND interaction) with typed options."""
        body, upload = await self._form(request)
        return await self._interact(body, upload, focused=None)

    async def autocomplete(self, request: web.Request) -> web.Response:
        """Ask the bot for choices (APPLICATION_COMMAND_AUTOCOMPLETE) and wait for its answer."""
        body, _ = await self._form(request)
        return await self._interact(body, None, focused=str(body.get("focused") or ""))

    async def _interact(
        self, body: JSON, upload: tuple[str, bytes, str] | None, focused: str | None
    ) -> web.Response:
        channel = self._channel(body.get("channel"))
        if channel is None:
            return _bad("unknown channel")
        name = " ".join(str(body.get("command") or "").split())
        raw_options = body.get("options") or {}
        if isinstance(raw_options, str):  # multipart forms carry the options as a JSON string
            try:
                raw_options = json.loads(raw_options)
            except ValueError:
                return _bad("options must be a JSON object")
        if not isinstance(raw_options, dict):
            return _bad("options must be a JSON object")
        state = self.server.state
        try:
            options, attachment_option = option_values(state, channel, name, raw_options, focused)
            record = command_interaction(state, name, channel, self.world.you, options, focused=focused)
        except (CommandError, ValueError) as exc:
            return _bad(str(exc).removeprefix("fake Discord: "))
        if attachment_option is not None and upload is not None:
            self._attach_option(record.payload["data"], attachment_option["name"], channel, upload)
        elif attachment_option is not None and attachment_option["required"] and focused is None:
            return _bad(f"/{name} needs a file: attach one with the paper-clip button")
        self.server.touch()
        await self.server.gateway.dispatch("INTERACTION_CREATE", record.payload, channel.guild_id)
        if focused is None:
            return web.json_response({"id": str(record.id)})
        try:
            await self.server.wait_until(lambda: record.choices is not None, 5.0, "autocomplete")
        except TimeoutError:
            return web.json_response({"choices": []})
        return web.json_response({"choices": record.choices or []})

    def _attach_option(
        self, data: JSON, option: str, channel: FakeChannel, upload: tuple[str, bytes, str]
    ) -> None:
        """Add the uploaded file as the attachment option, with its ``resolved`` entry (as Discord does)."""
        attachment = self.server.attach(channel, *upload)
        options: list[JSON] = data["options"]
        while len(options) == 1 and int(options[0]["type"]) in (SUB_COMMAND, SUB_GROUP):
            options = options[0]["options"]
        options.append({"name": option, "type": ATTACHMENT, "value": attachment["id"]})
        data.setdefault("resolved", {}).setdefault("attachments", {})[attachment["id"]] = attachment

    async def click(self, request: web.Request) -> web.Response:
        """Press a button on one of the bot's messages (MESSAGE_COMPONENT interaction)."""
        body, _ = await self._form(request)
        raw = str(body.get("message") or "")
        message = self.server.state.messages.get(int(raw)) if raw.isdigit() else None
        custom_id = str(body.get("custom_id") or "")
        if message is None or self._channel(message["channel_id"]) is None:
            return _bad("That message is gone.")
        known = {c.get("custom_id") for row in message.get("components") or [] for c in row["components"]}
        if custom_id not in known:
            return _bad("That button is gone.")
        record = component_interaction(self.server.state, message, custom_id, self.world.you)
        self.server.touch()
        guild_id = self.server.state.channels[record.channel_id].guild_id
        await self.server.gateway.dispatch("INTERACTION_CREATE", record.payload, guild_id)
        return web.json_response({"id": str(record.id)})

    async def admin(self, request: web.Request) -> web.Response:
        """Act as an admin (the Manage Server role) or as a plain member."""
        body, _ = await self._form(request)
        self.world.set_admin(bool(body.get("admin")))
        self.server.touch()
        return web.json_response({"admin": self.world.is_admin})
