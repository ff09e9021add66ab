"""The fake Discord's world (users, guilds, channels, messages) and what the bot did to it."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .models import (
    BOT_DEFAULT,
    DEFAULT_EVERYONE,
    DM_CHANNEL,
    JSON,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    iso_now,
    snowflake,
)

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")
_POLL_SECONDS = 0.01


@dataclass
class RestCall:
    """One HTTP request the bot made."""

    method: str
    path: str  # relative to the API base, e.g. "/channels/1/messages"
    query: dict[str, str]
    body: Any
    status: int = 200
    known: bool = True


@dataclass
class SentMessage:
    """A message the bot made visible: a channel send, an interaction reply, a follow-up or an edit."""

    id: int
    channel_id: int
    kind: str  # "channel" | "interaction" | "followup" | "edit" | "update"
    body: JSON  # what the bot sent
    payload: JSON  # the message as Discord now stores it
    interaction_id: int | None = None
    at: float = field(default_factory=time.perf_counter)  # when the server stored it (latency figures)

    @property
    def content(self) -> str:
        return str(self.payload.get("content") or "")

    @property
    def embeds(self) -> list[JSON]:
        return list(self.payload.get("embeds") or [])

    @property
    def components(self) -> list[JSON]:
        return list(self.payload.get("components") or [])

    @property
    def allowed_mentions(self) -> JSON | None:
        value = self.body.get("allowed_mentions")
        return value if isinstance(value, dict) else None

    @property
    def flags(self) -> int:
        return int(self.body.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & 64)

    @property
    def pinged_user_ids(self) -> list[int]:
        """Users Discord would notify: only mentions the bot's allowed_mentions let through."""
        return [int(m["id"]) for m in self.payload.get("mentions") or []]

    @property
    def pings_anyone(self) -> bool:
        p = self.payload
        return bool(p.get("mentions") or p.get("mention_roles") or p.get("mention_everyone"))

    @property
    def message_reference(self) -> JSON | None:
        value = self.body.get("message_reference")
        return value if isinstance(value, dict) else None


@dataclass
class InteractionRecord:
    """An interaction the tests injected, and the bot's answers to it."""

    id: int
    token: str
    type: int
    channel_id: int
    guild_id: int | None
    user_id: int
    payload: JSON
    callbacks: list[JSON] = field(default_factory=list)  # callback request bodies, in order
    original_message_id: int | None = None  # the response message, once there is one
    choices: list[JSON] | None = None  # autocomplete result (callback type 8)


class Notifier:
    """Lets coroutines wait until a predicate over the recorded state holds."""

    def __init__(self) -> None:
        self._waiters: list[asyncio.Future[None]] = []

    def notify(self) -> None:
        waiters, self._waiters = self._waiters, []
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    async def wait_until(self, predicate: Callable[[], bool], within: float, what: str) -> None:
        """Wake on every recorded change, and poll briefly too: predicates may read the bot's own state."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"fake Discord: timed out after {within}s waiting for {what}")
            fut: asyncio.Future[None] = loop.create_future()
            self._waiters.append(fut)
            try:
                await asyncio.wait_for(fut, min(remaining, _POLL_SECONDS))
            except TimeoutError:
                continue


class FakeState:
    """Everything the fake server knows; mutated by tests, the REST handlers and the gateway."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.bot_user = FakeUser(snowflake(), "Marquee Test", bot=True)
        self.owner_user = FakeUser(snowflake(), "app-owner")
        self.application_id = self.bot_user.id
        self.users: dict[int, FakeUser] = {u.id: u for u in (self.bot_user, self.owner_user)}
        self.guilds: dict[int, FakeGuild] = {}
        self.channels: dict[int, FakeChannel] = {}
        self.messages: dict[int, JSON] = {}
        self.rest_calls: list[RestCall] = []
        self.sent: list[SentMessage] = []
        self.interactions: dict[int, InteractionRecord] = {}
        self.commands: dict[int | None, list[JSON]] = {}  # guild id (None: global) -> synced commands
        self.pending_429s = 0
        self.retry_after = 0.05
        self.global_429s = False  # whether the pending 429s are Discord's global limit
        self.changed = Notifier()

    # -- world building -------------------------------------------------
    def add_user(self, username: str, *, bot: bool = False) -> FakeUser:
        user = FakeUser(snowflake(), username, bot=bot)
        self.users[user.id] = user
        return user

    def add_guild(self, name: str, owner: FakeUser | None = None) -> FakeGuild:
        owner = owner or self.owner_user
        guild = FakeGuild(snowflake(), name, owner.id)
        guild.roles[guild.id] = FakeRole(guild.id, "@everyone", DEFAULT_EVERYONE)
        guild.members[owner.id] = FakeMember(owner)
        # Like an invite with permissions: the bot gets its own managed role.
        bot_role = FakeRole(snowflake(), self.bot_user.username, BOT_DEFAULT, position=1, managed=True)
        guild.roles[bot_role.id] = bot_role
        guild.members[self.bot_user.id] = FakeMember(self.bot_user, [bot_role.id])
        self.guilds[guild.id] = guild
        return guild

    def add_channel(self, guild: FakeGuild, name: str, overwrites: list[JSON] | None = None) -> FakeChannel:
        channel = FakeChannel(snowflake(), name, guild.id, position=len(guild.channels))
        channel.overwrites = list(overwrites or [])
        guild.channels[channel.id] = channel
        self.channels[channel.id] = channel
        return channel

    def add_role(self, guild: FakeGuild, name: str, permissions: int) -> FakeRole:
        role = FakeRole(snowflake(), name, permissions, position=len(guild.roles))
        guild.roles[role.id] = role
        return role

    def add_member(self, guild: FakeGuild, user: FakeUser, roles: list[FakeRole] | None = None) -> FakeMember:
        member = FakeMember(user, [r.id for r in roles or []])
        guild.members[user.id] = member
        return member

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        """The (single) DM channel between the bot and ``user``."""
        for channel in self.channels.values():
            if channel.type == DM_CHANNEL and channel.recipient == user:
                return channel
        channel = FakeChannel(snowflake(), "", None, type=DM_CHANNEL, recipient=user)
        self.channels[channel.id] = channel
        return channel

    def bot_role(self, guild: FakeGuild) -> FakeRole:
        return next(r for r in guild.roles.values() if r.managed)

    # -- messages -------------------------------------------------------
    def user_with_member(self, user: FakeUser, guild: FakeGuild | None) -> JSON:
        """A user payload, with a partial ``member`` key in guilds (as mentions carry)."""
        data = user.payload()
        if guild is not None and user.id in guild.members:
            data["member"] = guild.members[user.id].payload(with_user=False)
        return data

    def parse_mentions(self, content: str) -> tuple[list[FakeUser], list[int], bool]:
        """Users, role ids and @everyone/@here mentioned in ``content``."""
        users = [self.users[int(i)] for i in _USER_MENTION.findall(content) if int(i) in self.users]
        roles = [int(i) for i in _ROLE_MENTION.findall(content)]
        return users, roles, "@everyone" in content or "@here" in content

    def build_message(
        self,
        channel: FakeChannel,
        author: FakeUser,
        content: str,
        *,
        mentions: list[FakeUser],
        mention_roles: list[int] | None = None,
        mention_everyone: bool = False,
        embeds: list[JSON] | None = None,
        components: list[JSON] | None = None,
        reference: JSON | None = None,
        message_type: int | None = None,
    ) -> JSON:
        """A complete message payload, stored so it can be fetched, replied to and edited."""
        guild = self.guilds.get(channel.guild_id) if channel.guild_id else None
        data: JSON = {
            "id": str(snowflake()),
            "channel_id": str(channel.id),
            "type": 0,
            "content": content,
            "author": author.payload(),
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": mention_everyone,
            "mention_roles": [str(r) for r in mention_roles or []],
            "attachments": [],
            "embeds": embeds or [],
            "components": components or [],
            "pinned": False,
            "flags": 0,
        }
        if reference is not None:
            data["type"] = 19  # MessageType.reply
            data["message_reference"] = {
                "type": 0,
                "message_id": reference["id"],
                "channel_id": reference["channel_id"],
                **({"guild_id": str(guild.id)} if guild else {}),
            }
            data["referenced_message"] = reference
        if message_type is not None:
            data["type"] = message_type
        unique = {u.id: u for u in mentions}
        data["mentions"] = [self.user_with_member(u, guild) for u in unique.values()]
        if guild is not None:
            data["guild_id"] = str(guild.id)
            if author.id in guild.members:
                data["member"] = guild.members[author.id].payload(with_user=False)
        self.messages[int(data["id"])] = data
        return data

    def record_sent(self, sent: SentMessage) -> SentMessage:
        self.sent.append(sent)
        self.changed.notify()
        return sent

    def record_call(self, call: RestCall) -> None:
        self.rest_calls.append(call)
        self.changed.notify()
