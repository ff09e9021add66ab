"""A local Discord-compatible server (REST + gateway): the playground and the end-to-end tests use it.

Usage (see tests/e2e/conftest.py for the fixtures)::

    async with FakeDiscord() as server:
        world = build_world(server)                 # guild, channels, admin/member/bot users
        async with running(MyBot(), server):        # login + connect + READY, URLs restored after
            await server.send_message(world.general, world.member, "!echo hi")
            reply = await server.wait_for_message(world.general.id)   # never sleep blindly
            assert reply.content == "hi" and not reply.pings_anyone
        assert server.unknown_routes == []

Process-global: discord.py's endpoints are class attributes, so run one bot at a time.
"""

from .harness import make_fast, running, tracks_view
from .models import (
    ADMINISTRATOR,
    BOT_DEFAULT,
    EMBED_LINKS,
    MANAGE_GUILD,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
)
from .server import FakeDiscord
from .state import InteractionRecord, RestCall, SentMessage

__all__ = [
    "ADMINISTRATOR",
    "BOT_DEFAULT",
    "EMBED_LINKS",
    "MANAGE_GUILD",
    "SEND_MESSAGES",
    "VIEW_CHANNEL",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "InteractionRecord",
    "RestCall",
    "SentMessage",
    "make_fast",
    "running",
    "tracks_view",
]
