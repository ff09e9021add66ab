"""`config`: per-server settings (prefix, question channels, default show, time zone); Manage Server only."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import discord
from discord import app_commands
from discord.ext import commands

from bot.embeds import escape_user_text
from bot.exts.questions import complete_show
from bot.exts.typed import hybrid_group, subcommand, subgroup
from db import guilds

if TYPE_CHECKING:
    from bot.discord_app import MarqueeBot

Ctx = commands.Context["MarqueeBot"]
MAX_PREFIX = 5
RESET_WORDS = {"reset", "none", "off", "default"}
NO_PINGS = discord.AllowedMentions.none()


class Admin(commands.Cog):
    """Server settings; every command here needs the Manage Server permission."""

    def __init__(self, bot: MarqueeBot) -> None:
        self.bot = bot

    async def cog_check(self, ctx: Ctx) -> bool:  # type: ignore[override]
        # For slash commands ctx.permissions are the ones Discord resolved for the interaction.
        if ctx.guild is None:
            raise commands.NoPrivateMessage()
        if not ctx.permissions.manage_guild:
            raise commands.MissingPermissions(["manage_guild"])
        return True

    async def _say(self, ctx: Ctx, text: str) -> None:
        await ctx.send(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @hybrid_group(name="config", fallback="view", description="Marquee's settings for this server")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def config(self, ctx: Ctx) -> None:
        assert ctx.guild is not None
        config = await self.bot.guild_config(ctx.guild.id)
        assert config is not None
        default_show = config.default_show or self.bot.settings.default_show
        channels = ", ".join(f"<#{c}>" for c in sorted(config.question_channels)) or "none"
        lines = [
            f"Prefix: `{self.bot.prefix_for(config)}`",
            f"Question channels: {channels}",
            f"Default show: {escape_user_text(default_show or 'none')}",
            f"Time zone: {config.timezone or self.bot.settings.timezone}",
        ]
        await self._say(ctx, "\n".join(lines))

    @subcommand(config, name="prefix", description="Set the prefix for text commands")
    @app_commands.describe(prefix=f"1 to {MAX_PREFIX} characters, no spaces; 'reset' for the default")
    async def prefix(self, ctx: Ctx, prefix: str) -> None:
        assert ctx.guild is not None
        guild_id = ctx.guild.id
        if prefix.lower() in RESET_WORDS:
            value = None
        elif len(prefix) > MAX_PREFIX or any(c.isspace() for c in prefix) or "`" in prefix:
            await self._say(
                ctx, f"A prefix must be 1 to {MAX_PREFIX} characters, without spaces or backticks."
            )
            return
        else:
            value = prefix
        await self.bot.update_guild(guild_id, lambda s: guilds.set_prefix(s, guild_id, value))
        shown = value or self.bot.settings.command_prefix
        await self._say(ctx, f"Text commands now start with `{shown}` (slash commands work as always).")

    @subgroup(
        config, name="question", fallback="list", description="Channels where Marquee answers any question"
    )
    async def question(self, ctx: Ctx) -> None:
        await self.config(ctx)

    @subcommand(question, name="add", description="Answer confident questions in a channel without a mention")
    @app_commands.describe(channel="The channel (default: this one)")
    async def question_add(self, ctx: Ctx, channel: discord.TextChannel | None = None) -> None:
        guild_id, channel_id = self._where(ctx, channel)
        added = await self.bot.update_guild(
            guild_id, lambda s: guilds.add_question_channel(s, guild_id, channel_id)
        )
        note = "now" if added else "already"
        await self._say(ctx, f"<#{channel_id}> is {note} a question channel: I answer there when I'm sure.")

    @subcommand(question, name="remove", description="Stop answering unprompted questions in a channel")
    @app_commands.describe(channel="The channel (default: this one)")
    async def question_remove(self, ctx: Ctx, channel: discord.TextChannel | None = None) -> None:
        guild_id, channel_id = self._where(ctx, channel)
        removed = await self.bot.update_guild(
            guild_id, lambda s: guilds.remove_question_channel(s, guild_id, channel_id)
        )
        note = "is no longer" if removed else "wasn't"
        await self._say(ctx, f"<#{channel_id}> {note} a question channel.")

    def _where(self, ctx: Ctx, channel: discord.TextChannel | None) -> tuple[int, int]:
        assert ctx.guild is not None
        return ctx.guild.id, (channel or ctx.channel).id

    @subcommand(config, name="show", description="The show questions are about when they name none")
    @app_commands.describe(title="A show Marquee knows; 'reset' for none")
    @app_commands.autocomplete(title=complete_show)
    async def default_show(self, ctx: Ctx, *, title: str) -> None:
        assert ctx.guild is not None
        guild_id = ctx.guild.id
        value: str | None = None
        if title.lower() not in RESET_WORDS:
            known = self.bot.engine.complete(title, {"show"}, limit=5)
            exact = next((k for k in known if k.casefold() == title.strip().casefold()), None)
            if exact is None:
                hint = f" Did you mean {escape_user_text(known[0])}?" if known else ""
                await self._say(ctx, f"I don't know a show called {escape_user_text(title)}.{hint}")
                return
            value = exact
        await self.bot.update_guild(guild_id, lambda s: guilds.set_default_show(s, guild_id, value))
        await self._say(ctx, f"Default show: {escape_user_text(value) if value else 'none'}.")

    @subcommand(config, name="timezone", description="The time zone used for 'today' and countdowns")
    @app_commands.describe(zone="An IANA time zone such as Europe/London; 'reset' for the default")
    async def timezone(self, ctx: Ctx, zone: str) -> None:
        assert ctx.guild is not None
        guild_id = ctx.guild.id
        value: str | None = None
        if zone.lower() not in RESET_WORDS:
            try:
                value = ZoneInfo(zone).key
            except (ZoneInfoNotFoundError, ValueError):
                await self._say(
                    ctx, f"{escape_user_text(zone)} isn't a time zone I know (try Europe/London)."
                )
                return
        await self.bot.update_guild(guild_id, lambda s: guilds.set_timezone(s, guild_id, value))
        await self._say(ctx, f"Time zone: {value or self.bot.settings.timezone}.")


async def setup(bot: commands.Bot) -> None:
    from bot.discord_app import MarqueeBot

    assert isinstance(bot, MarqueeBot)
    await bot.add_cog(Admin(bot))
