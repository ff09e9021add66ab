"""Question commands: each works as `!name` and `/name`, and just builds a question for the engine."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.embeds import clip
from bot.exts.replies import answer_context
from bot.exts.typed import hybrid_command

if TYPE_CHECKING:
    from bot.discord_app import MarqueeBot

Ctx = commands.Context["MarqueeBot"]
MAX_CHOICES = 25  # Discord's limit for autocomplete results
MAX_CHOICE_CHARS = 100
SHOW_HELP = "The show; by default the one this channel was talking about"


def _choices(
    interaction: discord.Interaction, current: str, kinds: set[str] | None
) -> list[app_commands.Choice[str]]:
    engine = getattr(interaction.client, "engine", None)
    if engine is None:
        return []
    names = engine.complete(current, kinds, limit=MAX_CHOICES)[:MAX_CHOICES]
    return [
        app_commands.Choice(name=clip(n, MAX_CHOICE_CHARS), value=clip(n, MAX_CHOICE_CHARS)) for n in names
    ]


async def complete_show(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Show titles starting with (or close to) what was typed."""
    return _choices(interaction, current, {"show"})


async def complete_name(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    """People and characters."""
    return _choices(interaction, current, {"person", "character"})


class Questions(commands.Cog):
    """premiere, cast, who, director, creator, where, ratings, awards, about, source, shows, ask, help."""

    def __init__(self, bot: MarqueeBot) -> None:
        self.bot = bot

    async def cog_check(self, ctx: Ctx) -> bool:  # type: ignore[override]
        retry = self.bot.limiter.hit(ctx.author.id, ctx.channel.id)
        if retry is not None:
            raise commands.CommandOnCooldown(commands.Cooldown(1, retry), retry, commands.BucketType.user)
        return True

    async def _ask(self, ctx: Ctx, question: str) -> None:
        guild_id = ctx.guild.id if ctx.guild else None
        answer = await self.bot.ask(question, channel_id=ctx.channel.id, guild_id=guild_id)
        await answer_context(ctx, answer)

    async def _command(self, ctx: Ctx, command: str, argument: str | None) -> None:
        # "!cast" with no argument lets the engine use the channel's show or the default one.
        await self._ask(ctx, f"!{command} {argument or ''}".strip())

    @hybrid_command(description="When a show or season premieres")
    @app_commands.describe(show=SHOW_HELP)
    @app_commands.autocomplete(show=complete_show)
    async def premiere(self, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, "premiere", show)

    @hybrid_command(description="Who is in a show's cast")
    @app_commands.describe(show=SHOW_HELP)
    @app_commands.autocomplete(show=complete_show)
    async def cast(self, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, "cast", show)

    @hybrid_command(description="Who plays a character, or who a person is")
    @app_commands.describe(name="A character or a person")
    @app_commands.autocomplete(name=complete_name)
    async def who(self, ctx: Ctx, *, name: str) -> None:
        await self._command(ctx, "who", name)

    @hybrid_command(description="Who directed a show (per season)")
    @app_commands.describe(show=SHOW_HELP)
    @app_commands.autocomplete(show=complete_show)
    async def director(self, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, "director", show)

    @hybrid_command(description="Who created a show")
    @app_commands.describe(show=SHOW_HELP)
    @app_commands.autocomplete(show=complete_show)
    async def creator(self, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, "creator", show)

    @hybrid_command(description="Where to watch a show")
    @app_commands.describe(show=SHOW_HELP)
    @app_commands.autocomplete(show=complete_show)
    async def where(self, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, "where", show)

    @hybrid_command(description="A show's scores (Rotten Tomatoes and others)")
    @app_commands.describe(show=SHOW_HELP)
    @app_commands.autocomplete(show=complete_show)
    async def ratings(self, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, "ratings", show)

    @hybrid_command(description="A show's award nominations and wins")
    @app_commands.describe(show=SHOW_HELP)
    @app_commands.autocomplete(show=complete_show)
    async def awards(self, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, "awards", show)

    @hybrid_command(description="What a show is about")
    @app_commands.describe(show=SHOW_HELP)
    @app_commands.autocomplete(show=complete_show)
    async def about(self, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, "about", show)

    @hybrid_command(description="Where Marquee's facts about a show come from")
    @app_commands.describe(show=SHOW_HELP)
    @app_commands.autocomplete(show=complete_show)
    async def source(self, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, "source", show)

    @hybrid_command(description="The shows Marquee knows")
    async def shows(self, ctx: Ctx) -> None:
        await self._command(ctx, "shows", None)

    @hybrid_command(description="Ask anything about a show in plain words")
    @app_commands.describe(question="For example: when does Heartstopper season 3 come out?")
    async def ask(self, ctx: Ctx, *, question: str) -> None:
        await self._ask(ctx, question)

    @hybrid_command(name="help", description="What Marquee can answer")
    async def help_(self, ctx: Ctx) -> None:
        await self._command(ctx, "help", None)


async def setup(bot: commands.Bot) -> None:
    from bot.discord_app import MarqueeBot

    assert isinstance(bot, MarqueeBot)
    await bot.add_cog(Questions(bot))
