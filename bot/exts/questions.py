"""Question commands: each works as `!name` and `/name`, and just builds a question for the engine.

The commands are generated from the intents (each intent's first command, its description and what subject
it needs), so a new intent module brings its command with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.embeds import clip
from bot.exts.replies import answer_context
from bot.exts.typed import Callback, HybridCommand, hybrid_command
from intents.collect import default_intents
from intents.registry import Intent, Subject

if TYPE_CHECKING:
    from bot.discord_app import MarqueeBot

Ctx = commands.Context["MarqueeBot"]
MAX_CHOICES = 25  # Discord's limit for autocomplete results
MAX_CHOICE_CHARS = 100
MAX_DESCRIPTION = 100  # Discord's limit for a command's description
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
    """`ask`, and (in IntentQuestions below) one command per intent: premiere, cast, who, director ..."""

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

    @hybrid_command(description="Ask anything about a show in plain words")
    @app_commands.describe(question="For example: when does Heartstopper season 3 come out?")
    async def ask(self, ctx: Ctx, *, question: str) -> None:
        await self._ask(ctx, question)


def _as_method(function: Callback, name: str) -> None:
    # discord.py tells a cog method (whose first two parameters are self and ctx) by its qualified name.
    function.__qualname__ = f"Questions.{name}"


def _show_command(name: str, description: str) -> HybridCommand:
    async def command(self: Questions, ctx: Ctx, *, show: str | None = None) -> None:
        await self._command(ctx, name, show)

    _as_method(command, name)
    described = app_commands.describe(show=SHOW_HELP)(command)
    return hybrid_command(name=name, description=description)(
        app_commands.autocomplete(show=complete_show)(described)
    )


def _person_command(command_name: str, description: str) -> HybridCommand:
    async def command(self: Questions, ctx: Ctx, *, name: str) -> None:
        await self._command(ctx, command_name, name)

    _as_method(command, command_name)
    described = app_commands.describe(name="A person or a character")(command)
    return hybrid_command(name=command_name, description=description)(
        app_commands.autocomplete(name=complete_name)(described)
    )


def _plain_command(name: str, description: str) -> HybridCommand:
    async def command(self: Questions, ctx: Ctx) -> None:
        await self._command(ctx, name, None)

    _as_method(command, name)
    return hybrid_command(name=name, description=description)(command)


# A command's option follows the intent's subject: a show, a person (or character), or free text.
_COMMAND_FACTORIES = {
    Subject.SHOW: _show_command,
    Subject.PERSON: _person_command,
    Subject.CHARACTER: _person_command,
}


def intent_commands(intents: list[Intent]) -> dict[str, HybridCommand]:
    """One `!name` and `/name` command per intent that declares commands, named by its first command and
    described by the intent: adding an intent adds its command."""
    made: dict[str, HybridCommand] = {}
    for intent in intents:
        if not intent.commands or intent.commands[0] in made or intent.commands[0] == "ask":
            continue
        name = intent.commands[0]
        description = clip((intent.description or intent.name).capitalize(), MAX_DESCRIPTION)
        factory = _COMMAND_FACTORIES.get(intent.subject, _plain_command)
        made[name] = factory(name, description)
    return made


# The cog with the engine's intents' commands; discord.py collects commands from the class body.
IntentQuestions = type(
    "IntentQuestions",
    (Questions,),
    {f"_cmd_{name}": command for name, command in intent_commands(default_intents()).items()},
)


async def setup(bot: commands.Bot) -> None:
    from bot.discord_app import MarqueeBot

    assert isinstance(bot, MarqueeBot)
    await bot.add_cog(IntentQuestions(bot))
