"""Two shard bots in one test, each with its own engine and connections to one PostgreSQL database: a settings
change made through one is seen by the other (whose cache held the old value) within a second."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest

from bot.discord_app import MarqueeBot, create_bot
from bot.localdiscord import FakeDiscord, running
from bot.localdiscord.models import MANAGE_GUILD, FakeChannel, FakeGuild, FakeUser
from bot.localdiscord.shards import guild_per_shard
from db.bootstrap import open_database
from db.engine import create_engine, create_sessionmaker
from intents.engine import QuestionEngine

from .conftest import marquee_settings


async def _shard_bot(url: str, shard: int) -> MarqueeBot:
    sessions = create_sessionmaker(create_engine(url))
    engine = await QuestionEngine.from_sessions(sessions)
    return create_bot(marquee_settings(shard_count=2, shard_ids=[shard]), engine, sessions)


@pytest.fixture
async def two_shards(
    postgres_url: str,
) -> AsyncIterator[tuple[FakeDiscord, FakeGuild, FakeChannel, FakeUser, MarqueeBot]]:
    await (await open_database(postgres_url)).close()
    async with FakeDiscord(shards=2) as fake:
        guild = guild_per_shard(fake, 2)[0]
        admin = fake.create_user("shard_admin")
        fake.add_member(guild, admin, [fake.create_role(guild, "Moderators", MANAGE_GUILD)])
        general = fake.create_channel(guild, "general")
        first, second = await _shard_bot(postgres_url, 0), await _shard_bot(postgres_url, 1)
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(running(first, fake))
            await stack.enter_async_context(running(second, fake))
            yield fake, guild, general, admin, second
        for bot in (first, second):
            await bot.sessions.kw["bind"].dispose()


async def test_a_settings_change_through_one_shard_reaches_the_other_within_a_second(
    two_shards: tuple[FakeDiscord, FakeGuild, FakeChannel, FakeUser, MarqueeBot],
) -> None:
    fake, guild, general, admin, other = two_shards
    assert (await other.guild_config(guild.id)) is not None  # the other shard has it cached, unchanged
    await fake.send_message(general, admin, "!config prefix ?")
    await fake.wait_for_message(general.id, within=10)
    await asyncio.sleep(1.0)
    config = await other.guild_config(guild.id)
    assert config is not None and config.prefix == "?"
