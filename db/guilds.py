"""Per-guild settings of the Discord adapter: prefix, default show, time zone, question channels."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import GuildSettings, QuestionChannel


@dataclass(frozen=True, slots=True)
class GuildConfig:
    """A guild's settings; None means "use the bot-wide default"."""

    guild_id: int
    prefix: str | None = None
    default_show: str | None = None
    timezone: str | None = None
    question_channels: frozenset[int] = frozenset()


async def get_config(session: AsyncSession, guild_id: int) -> GuildConfig:
    """The guild's settings; a guild never configured gets all defaults (nothing is written)."""
    row = await session.get(GuildSettings, guild_id)
    channels = await session.scalars(
        select(QuestionChannel.channel_id).where(QuestionChannel.guild_id == guild_id)
    )
    if row is None:
        return GuildConfig(guild_id, question_channels=frozenset(channels))
    return GuildConfig(guild_id, row.prefix, row.default_show, row.timezone, frozenset(channels))


async def _settings_row(session: AsyncSession, guild_id: int) -> GuildSettings:
    row = await session.get(GuildSettings, guild_id)
    if row is not None:
        return row
    try:
        # A savepoint: if another process created the row meanwhile, only this insert is undone.
        async with session.begin_nested():
            row = GuildSettings(guild_id=guild_id)
            session.add(row)
    except IntegrityError:
        row = await session.get(GuildSettings, guild_id, populate_existing=True)
        assert row is not None
    return row


async def set_prefix(session: AsyncSession, guild_id: int, prefix: str | None) -> None:
    """Set (or with None reset) the text-command prefix."""
    (await _settings_row(session, guild_id)).prefix = prefix


async def set_default_show(session: AsyncSession, guild_id: int, show: str | None) -> None:
    """Set (or with None reset) the show used when a question names none."""
    (await _settings_row(session, guild_id)).default_show = show


async def set_timezone(session: AsyncSession, guild_id: int, timezone: str | None) -> None:
    """Set (or with None reset) the IANA time zone used for "today"."""
    (await _settings_row(session, guild_id)).timezone = timezone


async def add_question_channel(session: AsyncSession, guild_id: int, channel_id: int) -> bool:
    """Enable free-form questions in a channel; False if it already was."""
    await _settings_row(session, guild_id)
    if await session.get(QuestionChannel, (guild_id, channel_id)) is not None:
        return False
    session.add(QuestionChannel(guild_id=guild_id, channel_id=channel_id))
    await session.flush()
    return True


async def remove_question_channel(session: AsyncSession, guild_id: int, channel_id: int) -> bool:
    """Disable free-form questions in a channel; False if they weren't enabled."""
    result = await session.execute(
        delete(QuestionChannel).where(
            QuestionChannel.guild_id == guild_id, QuestionChannel.channel_id == channel_id
        )
    )
    return bool(getattr(result, "rowcount", 0))


async def forget_guild(session: AsyncSession, guild_id: int) -> None:
    """Delete everything stored for a guild (e.g. when the bot is removed from it)."""
    await session.execute(delete(QuestionChannel).where(QuestionChannel.guild_id == guild_id))
    await session.execute(delete(GuildSettings).where(GuildSettings.guild_id == guild_id))
