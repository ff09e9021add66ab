"""MarqueeBot construction and run_discord's checks (no network involved)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import SecretStr

from bot.discord_app import MarqueeBot, ShardedMarqueeBot, create_bot, run_discord, settings_problem
from bot.settings import Settings
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
