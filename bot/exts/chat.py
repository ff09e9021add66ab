"""Free-form questions: mentions, DMs, replies to the bot, and admin-enabled question channels."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.exts.replies import answer_message

if TYPE_CHECKING:
    from bot.discord_app import MarqueeBot
    from db.guilds import GuildConfig

log = logging.getLogger(__name__)
SLOW_DOWN = "\N{HOURGLASS WITH FLOWING SAND}"


class Chat(commands.Cog):
    """Answers when spoken to; in question channels, posts only confident answers."""

    def __init__(self, bot: MarqueeBot) -> None:
        self.bot = bot
        self._warned_no_content = False
        self._unloaded = False

    async def cog_unload(self) -> None:
        # Bot.close() unloads cogs (and their commands) first: a listener still running
        # must not mistake "!premiere" for an unknown command and answer it.
        self._unloaded = True

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        # Never bots (other bots, webhooks, or this bot itself): no loops, no echo.
        if message.author.bot or message.webhook_id is not None or self.bot.user is None:
            return
        config = await self.bot.guild_config(message.guild.id if message.guild else None)
        trigger, question = await self._classify(message, config)
        if trigger is None or self._unloaded:
            return
        if trigger == "channel" and not question.strip():
            self._warn_if_content_missing()
            return  # chatter without text (e.g. only an image), or no message-content intent
        guild_id = message.guild.id if message.guild else None
        if trigger == "channel":
            # Ask first: chatter the engine can't answer confidently must not use up the
            # channel's budget (the engine costs well under a millisecond).
            answer = await self.bot.ask(question, channel_id=message.channel.id, guild_id=guild_id)
            if answer.kind != "answer" or await self._over_limit(message, react=False):
                return
        else:
            if await self._over_limit(message, react=True):
                return
            answer = await self.bot.ask(question, channel_id=message.channel.id, guild_id=guild_id)
        if not self._unloaded:
            await answer_message(self.bot, message, answer)

    async def _over_limit(self, message: discord.Message, *, react: bool) -> bool:
        """Count the question; when over the limit, say so with a reaction (if addressed) and skip it."""
        retry = self.bot.limiter.hit(message.author.id, message.channel.id)
        if retry is None:
            return False
        log.debug("cooldown: user %s channel %s (%.1fs)", message.author.id, message.channel.id, retry)
        if react:
            await self._react(message, SLOW_DOWN)
        return True

    async def _classify(self, message: discord.Message, config: GuildConfig | None) -> tuple[str | None, str]:
        """Why to answer ("command", "dm", "reply", "mention", "channel") and the question; (None, "")."""
        me = self.bot.user
        assert me is not None
        content = message.content
        prefix = self.bot.prefix_for(config)
        if content.startswith(prefix):
            ctx = await self.bot.get_context(message)
            if ctx.command is not None:
                return None, ""  # a real command answers it
            word = (
                content[len(prefix) :].split(maxsplit=1)[0].lower() if content[len(prefix) :].strip() else ""
            )
            # Engine-only commands (e.g. !countdown) are answered; other bots' commands are not ours.
            if word in self.bot.engine.commands:
                return "command", "!" + content[len(prefix) :]
        stripped = re.sub(rf"<@!?{me.id}>", " ", content).strip()
        if message.guild is None:
            return "dm", stripped
        if self._replies_to_me(message):
            return "reply", stripped
        if me.id in message.raw_mentions:
            return "mention", stripped
        if config is not None and message.channel.id in config.question_channels:
            return "channel", content
        return None, ""

    def _replies_to_me(self, message: discord.Message) -> bool:
        reference = message.reference
        if reference is None or self.bot.user is None:
            return False
        replied = reference.resolved or reference.cached_message
        return isinstance(replied, discord.Message) and replied.author.id == self.bot.user.id

    def _warn_if_content_missing(self) -> None:
        if not self._warned_no_content and not self.bot.intents.message_content:
            self._warned_no_content = True
            log.warning("message content intent is off: question channels only see mentions and DMs")

    async def _react(self, message: discord.Message, emoji: str) -> None:
        try:
            await message.add_reaction(emoji)
        except discord.HTTPException as exc:
            log.debug("could not react in channel %s: %s", message.channel.id, exc)


async def setup(bot: commands.Bot) -> None:
    from bot.discord_app import MarqueeBot

    assert isinstance(bot, MarqueeBot)
    await bot.add_cog(Chat(bot))
