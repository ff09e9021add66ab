"""PostgreSQL down under a running bot (a proxy in front of the real server, cut and restored): questions
are answered from memory, a write gets a polite "try again", and the bot recovers by itself."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from sqlalchemy.engine import make_url

from bot.discord_app import MarqueeBot, create_bot
from bot.localdiscord import FakeDiscord, running
from bot.localdiscord.harness import shown_text
from bot.localdiscord.models import FakeUser
from bot.localdiscord.world import World
from db import guilds
from db.availability import TRY_AGAIN
from db.bootstrap import open_database
from db.engine import create_engine, create_sessionmaker
from intents.engine import QuestionEngine
from tests.faults import TcpProxy
from tests.helpers import BEFORE_PREMIERE

from .conftest import marquee_settings


@dataclass
class OnPostgres:
    bot: MarqueeBot
    database: TcpProxy  # the bot's only way to PostgreSQL


@pytest.fixture
async def on_postgres(
    postgres_url: str, fake_discord: FakeDiscord, world: World
) -> AsyncIterator[OnPostgres]:
    await (await open_database(postgres_url)).close()
    url = make_url(postgres_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.start()
    engine = create_engine(url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    sessions = create_sessionmaker(engine)
    knowledge_engine = await QuestionEngine.from_sessions(sessions, clock=lambda: BEFORE_PREMIERE)
    try:
        async with running(create_bot(marquee_settings(), knowledge_engine, sessions), fake_discord) as bot:
            yield OnPostgres(bot, proxy)
    finally:
        await proxy.cut()
        await engine.dispose()


async def _ask(fake_discord: FakeDiscord, world: World, author: FakeUser, text: str) -> str:
    await fake_discord.send_message(world.general, author, text)
    return shown_text(await fake_discord.wait_for_message(world.general.id, within=15))


async def test_questions_are_answered_from_memory_while_postgres_is_down(
    on_postgres: OnPostgres, fake_discord: FakeDiscord, world: World
) -> None:
    await on_postgres.database.cut()
    assert "October 3, 2024" in await _ask(fake_discord, world, world.member, "!premiere heartstopper")


async def test_a_write_while_postgres_is_down_gets_a_polite_try_again(
    on_postgres: OnPostgres, fake_discord: FakeDiscord, world: World
) -> None:
    await on_postgres.database.cut()
    assert TRY_AGAIN in await _ask(fake_discord, world, world.admin, "!config prefix ?")


async def test_writes_work_again_once_postgres_is_back(
    on_postgres: OnPostgres, fake_discord: FakeDiscord, world: World
) -> None:
    await on_postgres.database.cut()
    await _ask(fake_discord, world, world.admin, "!config prefix ?")
    await on_postgres.database.restore()
    await _ask(fake_discord, world, world.admin, "!config prefix ?")
    async with on_postgres.bot.sessions() as session:
        assert (await guilds.get_config(session, world.guild.id)).prefix == "?"
