"""db.guilds: per-guild settings on SQLite and PostgreSQL."""

from __future__ import annotations

from db import guilds
from db.bootstrap import open_database

GUILD = 1_234_567_890_123_456_789  # a real-sized snowflake: needs BIGINT


async def test_settings_round_trip(database_url: str) -> None:
    database = await open_database(database_url, seed=False)
    try:
        async with database.sessions() as session:
            assert await guilds.get_config(session, GUILD) == guilds.GuildConfig(GUILD)
        async with database.sessions.begin() as session:
            await guilds.set_prefix(session, GUILD, "?")
            await guilds.set_default_show(session, GUILD, "Heartstopper")
            await guilds.set_timezone(session, GUILD, "Europe/London")
            assert await guilds.add_question_channel(session, GUILD, 11)
            assert not await guilds.add_question_channel(session, GUILD, 11)
            assert await guilds.add_question_channel(session, GUILD, 12)
        async with database.sessions.begin() as session:
            assert await guilds.remove_question_channel(session, GUILD, 12)
            assert not await guilds.remove_question_channel(session, GUILD, 99)
        async with database.sessions() as session:
            config = await guilds.get_config(session, GUILD)
        assert config == guilds.GuildConfig(GUILD, "?", "Heartstopper", "Europe/London", frozenset({11}))
        async with database.sessions.begin() as session:
            await guilds.set_prefix(session, GUILD, None)
            await guilds.forget_guild(session, GUILD + 1)  # unknown guild: a no-op
        async with database.sessions() as session:
            assert (await guilds.get_config(session, GUILD)).prefix is None
        async with database.sessions.begin() as session:
            await guilds.forget_guild(session, GUILD)
        async with database.sessions() as session:
            assert await guilds.get_config(session, GUILD) == guilds.GuildConfig(GUILD)
    finally:
        await database.close()
