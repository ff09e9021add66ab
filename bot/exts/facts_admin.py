"""`!fact add ...`: an admin states one fact by hand (a premiere date, who plays whom...);
it is stored with the admin as its source and answers questions at once. Manage Server only."""

from __future__ import annotations

import logging
import shlex
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import discord
from discord.ext import commands
from sqlalchemy.exc import SQLAlchemyError

from bot.draft_text import describe
from bot.embeds import clip, escape_user_text
from bot.exts.refresh import refresh_facts
from bot.exts.typed import Callback
from bot.fact_command import USAGE, FactCommandError, parse_fact_command
from db.admin_facts import add_admin_facts
from db.importers.jsonl import FactError

if TYPE_CHECKING:
    from bot.discord_app import MarqueeBot

log = logging.getLogger(__name__)
Ctx = commands.Context["MarqueeBot"]
NO_PINGS = discord.AllowedMentions.none()
NOT_ADMIN = "Only members with the **Manage Server** permission can add facts to Marquee."


def _subcommand(
    group: commands.Group[Any, ..., None], name: str
) -> Callable[[Callback], commands.Command[Any, ..., None]]:
    """``group.command(name=...)`` with its type pinned down (mypy cannot solve discord.py's generics)."""
    return cast(Callable[[Callback], commands.Command[Any, ..., None]], group.command(name=name))


class FactsAdmin(commands.Cog):
    """Facts added or corrected by hand."""

    def __init__(self, bot: MarqueeBot) -> None:
        self.bot = bot

    async def _say(self, ctx: Ctx, text: str) -> None:
        await ctx.send(clip(text, 2000), ephemeral=True, allowed_mentions=NO_PINGS)

    # A text command only: Discord lists at most 25 slash commands, and the questions come first there.
    @commands.group(name="fact", invoke_without_command=True)
    async def fact(self, ctx: Ctx) -> None:
        """Facts added by hand (Manage Server only)."""
        await self._say(
            ctx,
            f"Add a fact with `fact add`, in one of these forms: {USAGE}. "
            "`fact replace` (same forms) corrects a credit, replacing the show's others of that role.",
        )

    @_subcommand(fact, "add")
    async def add(self, ctx: Ctx, *, words: str) -> None:
        """Add one fact (a date or network also corrects an older one), stored with you as its source."""
        await self._store(ctx, words, replace=False)

    @_subcommand(fact, "replace")
    async def replace(self, ctx: Ctx, *, words: str) -> None:
        """Correct a credit: it replaces the show's other credits of that role, stored with you as source."""
        await self._store(ctx, words, replace=True)

    async def _store(self, ctx: Ctx, words: str, *, replace: bool) -> None:
        if ctx.guild is None:
            await self._say(ctx, "Adding facts only works in a server, not in DMs.")
            return
        if not ctx.permissions.manage_guild:
            await self._say(ctx, NOT_ADMIN)
            return
        try:
            records = parse_fact_command(shlex.split(words))
        except ValueError as exc:  # FactCommandError, or shlex's "No closing quotation"
            reason = str(exc) if isinstance(exc, FactCommandError) else "a quotation mark is not closed"
            await self._say(ctx, f"I couldn't read that fact: {escape_user_text(reason)}. Nothing was saved.")
            return
        admin = f"{ctx.author.display_name} (Discord admin)"
        try:
            async with self.bot.sessions.begin() as session:
                removed = await add_admin_facts(session, records, admin, replace=replace)
        except FactError as exc:
            await self._say(
                ctx, f"I couldn't store that fact: {escape_user_text(str(exc))}. Nothing was saved."
            )
            return
        except SQLAlchemyError:
            log.exception("storing a hand-added fact failed")
            await self._say(ctx, "Sorry, I couldn't reach my database just now; nothing was saved.")
            return
        try:
            await refresh_facts(self.bot)
            note = "Questions now use it."
        except Exception:
            log.exception("reloading the engine after a hand-added fact failed")
            note = "It will answer questions after the next refresh."
        claims = "; ".join(escape_user_text(describe(r).split(" ", 1)[-1].strip()) for r in records)
        replaced = f" It replaces {removed} earlier credit(s)." if replace else ""
        await self._say(ctx, f"Added: {claims} (source: {escape_user_text(admin)}).{replaced} {note}")


async def setup(bot: commands.Bot) -> None:
    from bot.discord_app import MarqueeBot

    assert isinstance(bot, MarqueeBot)
    await bot.add_cog(FactsAdmin(bot))
