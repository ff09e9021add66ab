"""FakeDiscord: the local server plus helpers to build a world, act in it and observe the bot."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from types import TracebackType
from typing import Any

from aiohttp import web

from .gateway import Gateway
from .interactions import command_interaction, component_interaction
from .models import JSON, FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser
from .outbound import Outbound
from .rest import Rest
from .state import FakeState, InteractionRecord, RestCall, SentMessage


class FakeDiscord:
    """A Discord-compatible REST + gateway server on 127.0.0.1 (random port) for one test."""

    def __init__(self, *, token: str = "fake-bot-token", shards: int = 1) -> None:
        self.state = FakeState(token)
        self.shard_count = shards
        self.gateway = Gateway(self.state, lambda: self.resume_url)
        self.outbound = Outbound(self.state, self.gateway)
        self.rest = Rest(self.state, self.outbound, lambda: self.gateway_url, lambda: self.shard_count)
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._consumed: set[int] = set()  # indexes into state.sent already handed to a test

    # -- lifecycle ---------------------------------------------------------
    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_route("*", "/api/v10/{tail:.*}", self.rest.handle)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get("/resume", self.gateway.handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))  # the OS picks a free port; we keep the socket so no one steals it
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        return self

    async def stop(self) -> None:
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def resume_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/resume"

    @property
    def token(self) -> str:
        return self.state.token

    @property
    def bot_user(self) -> FakeUser:
        return self.state.bot_user

    # -- building the world (before the bot connects, or announce changes) ---
    def create_user(self, username: str, *, bot: bool = False) -> FakeUser:
        return self.state.add_user(username, bot=bot)

    def create_guild(self, name: str = "Test Server", owner: FakeUser | None = None) -> FakeGuild:
        return self.state.add_guild(name, owner)

    def create_channel(
        self, guild: FakeGuild, name: str, overwrites: list[JSON] | None = None
    ) -> FakeChannel:
        return self.state.add_channel(guild, name, overwrites)

    def create_role(self, guild: FakeGuild, name: str, permissions: int) -> FakeRole:
        return self.state.add_role(guild, name, permissions)

    def add_member(self, guild: FakeGuild, user: FakeUser, roles: list[FakeRole] | None = None) -> FakeMember:
        return self.state.add_member(guild, user, roles)

    async def set_bot_permissions(self, guild: FakeGuild, permissions: int) -> None:
        """Change the bot's managed role and tell a connected bot (GUILD_ROLE_UPDATE)."""
        role = self.state.bot_role(guild)
        role.permissions = permissions
        await self.gateway.dispatch(
            "GUILD_ROLE_UPDATE", {"guild_id": str(guild.id), "role": role.payload()}, guild.id
        )

    async def join_guild(self, guild: FakeGuild) -> None:
        """Announce a guild the bot was just added to (GUILD_CREATE) to a connected bot."""
        bot_id = self.state.bot_user.id
        await self.gateway.dispatch(
            "GUILD_CREATE", guild.payload(include_members=False, bot_id=bot_id), guild.id
        )

    async def leave_guild(self, guild: FakeGuild) -> None:
        """The bot was removed from ``guild`` (GUILD_DELETE); the guild stays in the fake's state."""
        del self.state.guilds[guild.id]
        await self.gateway.dispatch("GUILD_DELETE", {"id": str(guild.id)}, guild.id)

    async def set_overwrites(self, channel: FakeChannel, overwrites: list[JSON]) -> None:
        """Replace a channel's permission overwrites and announce it (CHANNEL_UPDATE)."""
        channel.overwrites = list(overwrites)
        await self.gateway.dispatch("CHANNEL_UPDATE", channel.payload(), channel.guild_id)

    # -- acting as users ------------------------------------------------------
    async def send_message(
        self,
        channel: FakeChannel,
        author: FakeUser,
        content: str,
        *,
        reply_to: SentMessage | JSON | None = None,
        mention_author: bool = True,
        embeds: list[JSON] | None = None,
    ) -> JSON:
        """Post as ``author`` (MESSAGE_CREATE). Mentions come from the content; replies ping
        the replied-to author unless ``mention_author`` is False, like the Discord client."""
        reference = reply_to.payload if isinstance(reply_to, SentMessage) else reply_to
        users, roles, everyone = self.state.parse_mentions(content)
        if reference is not None and mention_author:
            users.append(self.state.users[int(reference["author"]["id"])])
        payload = self.state.build_message(
            channel,
            author,
            content,
            mentions=users,
            mention_roles=roles,
            mention_everyone=everyone,
            embeds=embeds,
            reference=reference,
        )
        await self.gateway.dispatch("MESSAGE_CREATE", payload, channel.guild_id)
        return payload

    async def send_dm(self, author: FakeUser, content: str) -> JSON:
        """Post in the DM channel between ``author`` and the bot (no guild_id)."""
        return await self.send_message(self.state.dm_channel(author), author, content)

    async def run_command(
        self, command: str, channel: FakeChannel, user: FakeUser, options: dict[str, Any] | None = None
    ) -> InteractionRecord:
        """Invoke a slash command; ``command`` may name sub-commands ("config prefix")."""
        record = command_interaction(self.state, command, channel, user, options)
        await self.gateway.dispatch("INTERACTION_CREATE", record.payload, channel.guild_id)
        return record

    async def autocomplete(
        self,
        command: str,
        channel: FakeChannel,
        user: FakeUser,
        options: dict[str, Any],
        focused: str,
        within: float = 5.0,
    ) -> list[JSON]:
        """Send an autocomplete request and return the choices the bot answered with."""
        record = command_interaction(self.state, command, channel, user, options, focused=focused)
        await self.gateway.dispatch("INTERACTION_CREATE", record.payload, channel.guild_id)
        await self.wait_until(lambda: record.choices is not None, within, f"autocomplete of /{command}")
        return list(record.choices or [])

    async def click(self, message: SentMessage | JSON, custom_id: str, user: FakeUser) -> InteractionRecord:
        """Click the button ``custom_id`` on one of the bot's messages."""
        payload = message.payload if isinstance(message, SentMessage) else message
        stored = self.state.messages[int(payload["id"])]
        record = component_interaction(self.state, stored, custom_id, user)
        guild_id = self.state.channels[record.channel_id].guild_id
        await self.gateway.dispatch("INTERACTION_CREATE", record.payload, guild_id)
        return record

    async def choose(
        self, message: SentMessage | JSON, custom_id: str, values: list[str], user: FakeUser
    ) -> InteractionRecord:
        """Pick `values` in the select menu ``custom_id`` of one of the bot's messages."""
        payload = message.payload if isinstance(message, SentMessage) else message
        stored = self.state.messages[int(payload["id"])]
        record = component_interaction(self.state, stored, custom_id, user, 3, values)
        guild_id = self.state.channels[record.channel_id].guild_id
        await self.gateway.dispatch("INTERACTION_CREATE", record.payload, guild_id)
        return record

    # -- observing the bot ------------------------------------------------------
    async def wait_until(self, predicate: Callable[[], bool], within: float = 5.0, what: str = "it") -> None:
        await self.state.changed.wait_until(predicate, within, what)

    def _next_unconsumed(self, match: Callable[[SentMessage], bool]) -> int | None:
        return next((i for i, s in enumerate(self.state.sent) if i not in self._consumed and match(s)), None)

    async def wait_for_message(
        self, channel_id: int, within: float = 5.0, predicate: Callable[[SentMessage], bool] | None = None
    ) -> SentMessage:
        """The next thing the bot made visible in the channel that no earlier call returned."""

        def match(s: SentMessage) -> bool:
            return s.channel_id == channel_id and (predicate is None or predicate(s))

        await self.wait_until(
            lambda: self._next_unconsumed(match) is not None, within, f"a message in {channel_id}"
        )
        index = self._next_unconsumed(match)
        assert index is not None
        self._consumed.add(index)
        return self.state.sent[index]

    async def wait_for_reply(self, interaction: InteractionRecord, within: float = 5.0) -> SentMessage:
        """The next response/follow-up/edit the bot made for ``interaction``."""
        return await self.wait_for_message(
            interaction.channel_id, within, lambda s: s.interaction_id == interaction.id
        )

    def messages_in(self, channel_id: int) -> list[SentMessage]:
        return [s for s in self.state.sent if s.channel_id == channel_id]

    @property
    def sent(self) -> list[SentMessage]:
        return list(self.state.sent)

    @property
    def rest_calls(self) -> list[RestCall]:
        return list(self.state.rest_calls)

    @property
    def unknown_routes(self) -> list[RestCall]:
        return [c for c in self.state.rest_calls if not c.known]

    def calls(self, method: str, path_prefix: str = "") -> list[RestCall]:
        return [c for c in self.state.rest_calls if c.method == method and c.path.startswith(path_prefix)]

    # -- misbehaving like the real thing -----------------------------------------
    def rate_limit_next_sends(
        self, count: int = 1, retry_after: float = 0.05, *, is_global: bool = False
    ) -> None:
        """Answer the next ``count`` message sends (channel or follow-up) with a 429 (``is_global``: the
        bot-wide limit, which discord.py honours by pausing every request)."""
        self.state.pending_429s = count
        self.state.retry_after = retry_after
        self.state.global_429s = is_global

    async def drop_connection(self) -> None:
        """Close the gateway websocket; the bot should RESUME on its own."""
        await self.gateway.drop()

    @asynccontextmanager
    async def outage(self) -> AsyncIterator[None]:
        """Disconnect and keep the bot out until the block ends; events queue for RESUME."""
        async with self.gateway.outage():
            yield

    async def wait_for_resume(self, count: int = 1, within: float = 10.0) -> None:
        await self.wait_until(lambda: self.gateway.resume_count >= count, within, f"{count} RESUME(s)")

    @property
    def identify_intents(self) -> int | None:
        """The intents bitfield of the latest IDENTIFY, if any."""
        return int(self.gateway.identifies[-1].get("intents", 0)) if self.gateway.identifies else None
