"""MarqueeBot construction and run_discord's checks (no network involved)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession

from bot.discord_app import MarqueeBot, ShardedMarqueeBot, create_bot, run_discord, settings_problem
from bot.settings import Settings
from db import guilds
from db.bootstrap import Database
from intents.engine import QuestionEngine


def settings(**values: Any) -> Settings:
    return Settings.model_construct(**{"discord_token": SecretStr("t"), **values})


def test_settings_problems() -> None:
    assert settings_problem(settings()) is None
    assert settings_problem(settings(discord_token=None)) == "DISCORD_TOKEN is not set"
    assert "SHARD_COUNT" in (settings_problem(settings(shard_ids=[0])) or "")
    assert "between 0" in (settings_problem(settings(shard_count=2, shard_ids=[2])) or "")
    assert settings_problem(settings(shard_count=2, shard_ids=[1])) is None


def test_run_discord_refuses_bad_settings_without_connecting() -> None:
    assert run_discord(settings(discord_token=None)) == 2
    assert run_discord(settings(shard_ids=[0, 1])) == 2


async def test_create_bot_picks_the_sharded_class(engine: QuestionEngine, seeded_db: Database) -> None:
    plain = create_bot(settings(), engine, seeded_db.sessions)
    sharded = create_bot(settings(shard_count=4, shard_ids=[2, 3]), engine, seeded_db.sessions)
    try:
        assert type(plain) is MarqueeBot and plain.syncs_commands
        assert isinstance(sharded, ShardedMarqueeBot)
        assert sharded.shard_count == 4 and not sharded.syncs_commands  # only shard 0's process syncs
        assert plain.intents.message_content and not plain.intents.members
        assert plain.help_command is None
    finally:
        await plain.close()  # the sharded one never logged in: it holds nothing to close
    with pytest.raises(ValueError, match="SHARD_COUNT"):
        create_bot(settings(shard_ids=[0]), engine, seeded_db.sessions)


async def test_settings_read_racing_an_update_is_not_cached(
    engine: QuestionEngine, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = create_bot(settings(), engine, seeded_db.sessions)
    read_done, release = asyncio.Event(), asyncio.Event()
    real_get_config = guilds.get_config

    async def slow_get_config(session: AsyncSession, guild_id: int) -> guilds.GuildConfig:
        value = await real_get_config(session, guild_id)
        read_done.set()
        await release.wait()
        return value

    monkeypatch.setattr(guilds, "get_config", slow_get_config)
    reader = asyncio.create_task(bot.guild_config(1))  # e.g. on_message of the "!config prefix ?" message
    await read_done.wait()
    monkeypatch.setattr(guilds, "get_config", real_get_config)
    await bot.update_guild(1, lambda session: guilds.set_prefix(session, 1, "?"))
    release.set()
    stale = await reader
    fresh = await bot.guild_config(1)
    assert stale is not None and stale.prefix is None
    assert fresh is not None and fresh.prefix == "?"
    await bot.close()
