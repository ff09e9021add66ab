"""Sending an Answer back where the question came from (shared by the question, chat and view code)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp
import discord
from discord.ext import commands

from bot.embeds import Rendered, can_embed, render
from bot.logsafety import describe_error
from bot.views import Pick, suggestion_view
from intents.answer import Answer

if TYPE_CHECKING:
    from bot.discord_app import MarqueeBot

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
T = TypeVar("T")


SEND_ATTEMPTS = 3  # on top of discord.py's own 429 retries (5 tries each)


async def send_retrying(send: Callable[[], Awaitable[T]]) -> T:
    """Send, trying again (bounded: about 3 s in all) when discord.py gave up on a 429.

    A 429 means Discord did not take the message, so a retry can never answer twice.
    """
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await send()
        except discord.HTTPException as exc:
            if exc.status != 429 or attempt == SEND_ATTEMPTS:
                raise
            log.warning("reply still rate limited after discord.py's retries; trying again (%d)", attempt)
            await asyncio.sleep(attempt)
    raise AssertionError("unreachable")


# What a send raises once the bot is shutting down (HTTP session closing or closed).
SHUTDOWN_ERRORS = (aiohttp.ClientError, ConnectionError, RuntimeError)


async def send_or_abandon(bot: discord.Client, send: Callable[[], Awaitable[T]]) -> T | None:
    """send_retrying, except that a reply cut off by shutdown (SIGTERM) is abandoned with one log line."""
    try:
        return await send_retrying(send)
    except SHUTDOWN_ERRORS as exc:
        if not bot.is_closed():
            raise
        log.info("reply abandoned: shutting down (%s)", describe_error(exc))
        return None


def _fields(rendered: Rendered) -> dict[str, Any]:
    return {"content": rendered.content, "embed": rendered.embed}


def picker(bot: MarqueeBot, channel_id: int, guild_id: int | None, prefix: str) -> Pick:
    """What a "did you mean" button does: ask the chosen question in the same conversation."""

    async def pick(interaction: discord.Interaction[Any], question: str) -> dict[str, Any]:
        answer = await bot.ask(question, channel_id=channel_id, guild_id=guild_id)
        # Interaction responses are webhook messages: embeds need no Embed Links permission.
        return _fields(render(answer, embed_ok=True, prefix=prefix))

    return pick


async def answer_context(ctx: commands.Context[MarqueeBot], answer: Answer) -> None:
    """Reply to a prefix or slash command with ``answer`` (embed when allowed, suggestions as buttons)."""
    bot = ctx.bot
    guild_id = ctx.guild.id if ctx.guild else None
    prefix = bot.prefix_for(await bot.guild_config(guild_id))
    embed_ok = ctx.interaction is not None or can_embed(ctx.channel, ctx.me)
    kwargs = _fields(render(answer, embed_ok=embed_ok, prefix=prefix))
    view = suggestion_view(answer.suggestions, ctx.author.id, picker(bot, ctx.channel.id, guild_id, prefix))
    if view is not None:
        kwargs["view"] = view
    if ctx.interaction is None:
        kwargs.update(reference=ctx.message.to_reference(fail_if_not_exists=False), mention_author=False)
    sent = await send_or_abandon(bot, lambda: ctx.send(**kwargs, allowed_mentions=NO_PINGS))
    if view is not None and sent is not None:
        view.message = sent


async def answer_message(bot: MarqueeBot, message: discord.Message, answer: Answer) -> None:
    """Reply to a chat message with ``answer``."""
    guild_id = message.guild.id if message.guild else None
    prefix = bot.prefix_for(await bot.guild_config(guild_id))
    me = message.guild.me if message.guild else None
    kwargs = _fields(render(answer, embed_ok=can_embed(message.channel, me), prefix=prefix))
    view = suggestion_view(
        answer.suggestions, message.author.id, picker(bot, message.channel.id, guild_id, prefix)
    )
    if view is not None:
        kwargs["view"] = view
    try:
        sent = await send_or_abandon(
            bot,
            lambda: message.channel.send(
                **kwargs,
                reference=message.to_reference(fail_if_not_exists=False),
                mention_author=False,
                allowed_mentions=NO_PINGS,
            ),
        )
    except discord.Forbidden:
        log.warning("no permission to answer in channel %s (guild %s)", message.channel.id, guild_id)
        return
    if view is not None and sent is not None:
        view.message = sent
