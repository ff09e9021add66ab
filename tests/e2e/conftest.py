"""Fixtures for end-to-end tests against the local fake Discord server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.discord_app import MarqueeBot, create_bot, default_intents
from bot.localdiscord import FakeDiscord, running
from bot.localdiscord.world import World, build_world
from bot.settings import Settings
from db.bootstrap import Database
from intents.engine import QuestionEngine


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started fake Discord on 127.0.0.1 (random port), stopped after the test."""
    async with FakeDiscord() as server:
        yield server


@pytest.fixture
def world(fake_discord: FakeDiscord) -> World:
    """The standard test guild, built before any bot connects."""
    return build_world(fake_discord)


def marquee_settings(**overrides: Any) -> Settings:
    """Settings for a test bot, independent of the environment and any .env file."""
    values: dict[str, Any] = {"command_prefix": "!", "timezone": "UTC", "owner_ids": [], "default_show": None}
    values.update(overrides)
    return Settings.model_construct(**values)


def assert_never_pinged(server: FakeDiscord) -> None:
    """Every message the bot sent disabled all mentions, and Discord notified nobody."""
    for sent in server.sent:
        if sent.kind in ("channel", "interaction", "followup"):
            assert sent.allowed_mentions is not None, sent.body
            assert sent.allowed_mentions.get("parse") == [], sent.allowed_mentions
            assert not sent.allowed_mentions.get("replied_user"), sent.allowed_mentions
        assert not sent.pings_anyone, sent.payload


MakeMarquee = Callable[..., MarqueeBot]


@pytest.fixture
def make_marquee(engine: QuestionEngine, seeded_db: Database) -> MakeMarquee:
    """Build a MarqueeBot (sharded when shard settings are given) on the seeded test database.

    The engine's clock stands at 2024-09-03, the seed article's date.
    """

    def make(*, content_intent: bool = True, **settings: Any) -> MarqueeBot:
        intents = default_intents()
        intents.message_content = content_intent
        return create_bot(marquee_settings(**settings), engine, seeded_db.sessions, intents=intents)

    return make


@pytest.fixture
async def marquee(
    fake_discord: FakeDiscord, world: World, make_marquee: MakeMarquee
) -> AsyncIterator[MarqueeBot]:
    """A running MarqueeBot; afterwards, checks nobody was pinged and no unknown route was used."""
    async with running(make_marquee(), fake_discord) as bot:
        yield bot
    assert_never_pinged(fake_discord)
    assert fake_discord.unknown_routes == []
