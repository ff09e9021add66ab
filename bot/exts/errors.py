"""Polite replies for command errors; unexpected ones are logged with their context (never secrets)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.embeds import escape_user_text
from bot.exts.replies import SHUTDOWN_ERRORS, send_or_abandon
from db.availability import TRY_AGAIN, is_unavailable

if TYPE_CHECKING:
    from bot.discord_app import MarqueeBot

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


def describe(ctx: commands.Context[Any]) -> str:
    """Where a command ran, for logs: ids and the command, not message text or credentials."""
    guild = ctx.guild.id if ctx.guild else "DM"
    via = "slash" if ctx.interaction else "text"
    command = ctx.command.qualified_name if ctx.command else None
    return f"command={command} via={via} guild={guild} channel={ctx.channel.id} user={ctx.author.id}"


def message_for(ctx: commands.Context[Any], error: commands.CommandError) -> str | None:
    """The reply for a user-caused error, or None for errors that get the generic apology."""
    prefix = ctx.clean_prefix or "!"
    usage = (
        f"`{prefix}{ctx.command.qualified_name} {ctx.command.signature}`".replace(" `", "`")
        if ctx.command
        else ""
    )
    if isinstance(error, commands.MissingPermissions):
        return "You need the **Manage Server** permission for that command."
    if isinstance(error, commands.NoPrivateMessage):
        return "That only works in a server, not in DMs."
    if isinstance(error, commands.CommandOnCooldown):
        return f"You're asking a lot at once — try again in {max(1, round(error.retry_after))} s."
    if isinstance(error, commands.MissingRequiredArgument):
        return f"Missing `{error.param.name}`. Usage: {usage}"
    if isinstance(error, commands.BadArgument | commands.BadUnionArgument):
        return f"I couldn't understand that: {escape_user_text(str(error))[:200]}. Usage: {usage}"
    if isinstance(error, commands.UserInputError):
        return f"That doesn't look right. Usage: {usage}"
    if isinstance(error, commands.CheckFailure):
        return "You can't use that here."
    if is_unavailable(root_cause(error)):
        return TRY_AGAIN
    return None


def root_cause(error: BaseException) -> BaseException:
    """The exception inside discord.py's wrappers (CommandInvokeError, HybridCommandError...)."""
    while isinstance(getattr(error, "original", None), BaseException):
        error = error.original  # type: ignore[attr-defined]
    return error


class Errors(commands.Cog):
    """Turns command errors into short replies; logs the unexpected ones with context."""

    def __init__(self, bot: MarqueeBot) -> None:
        self.bot = bot
        self._previous_tree_handler = bot.tree.on_error

    async def cog_load(self) -> None:
        self.bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous_tree_handler  # type: ignore[method-assign]

    @commands.Cog.listener()
    async def on_command_error(self, ctx: commands.Context[Any], error: commands.CommandError) -> None:
        if isinstance(error, commands.CommandNotFound):
            return  # the chat cog decides whether an unknown "!word" is a question
        text = message_for(ctx, error)
        original = getattr(error, "original", error)
        if isinstance(original, discord.Forbidden):
            # Missing Send Messages/Embed Links here: a reply would be refused too.
            log.warning("no permission to reply (%s): %s", describe(ctx), original.text)
            return
        if text is None:
            log.error(
                "command failed (%s)",
                describe(ctx),
                exc_info=(type(original), original, original.__traceback__),
            )
            text = SORRY
        else:
            log.info("command refused (%s): %s", describe(ctx), type(root_cause(error)).__name__)
        try:
            await send_or_abandon(self.bot, lambda: ctx.send(text, ephemeral=True, allowed_mentions=NO_PINGS))
        except discord.HTTPException as exc:
            log.warning("could not send error reply (%s): %s", describe(ctx), exc)

    async def on_app_command_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        """Errors of pure slash commands (hybrid ones arrive in on_command_error)."""
        name = interaction.command.qualified_name if interaction.command else "?"
        original = getattr(error, "original", error)
        log.error(
            "slash command failed (command=%s guild=%s channel=%s user=%s)",
            name,
            interaction.guild_id,
            interaction.channel_id,
            interaction.user.id,
            exc_info=(type(original), original, original.__traceback__),
        )
        try:
            if interaction.response.is_done():
                await interaction.followup.send(SORRY, ephemeral=True, allowed_mentions=NO_PINGS)
            else:
                await interaction.response.send_message(SORRY, ephemeral=True, allowed_mentions=NO_PINGS)
        except SHUTDOWN_ERRORS as exc:
            if not self.bot.is_closed():
                raise
            log.info("error reply abandoned: shutting down (%s)", type(exc).__name__)
        except discord.HTTPException as exc:
            log.warning("could not send error reply to interaction %s: %s", interaction.id, exc)


async def setup(bot: commands.Bot) -> None:
    from bot.discord_app import MarqueeBot

    assert isinstance(bot, MarqueeBot)
    await bot.add_cog(Errors(bot))
