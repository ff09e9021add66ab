"""A local Discord-compatible server (REST + gateway) for end-to-end tests of discord.py bots."""

from .harness import make_fast, running
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
]
