"""The Discord adapter: MarqueeBot (features live in bot/exts), and run_discord() for `marquee run`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

with warnings.catch_warnings():
    # discord.py imports audioop (deprecated since Python 3.11) for voice, which Marquee never uses.
    warnings.filterwarnings("ignore", message="'audioop' is deprecated", category=DeprecationWarning)
    import discord
from discord.ext import commands
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.discord_endpoints import point_discord_at
from bot.gateway_retry import GatewayRetry
from bot.limiter import Limiter
from bot.logsafety import describe_error
from bot.settings import Settings, shard_problem
from bot.startup import check_default_show
from db import guilds
from db.availability import is_unavailable, write
from db.bootstrap import open_database
from db.guilds import GuildConfig
from intents.answer import Answer
from intents.dialogue import Conversation, ConversationStore
from intents.engine import QuestionEngine
from intents.stored_snapshot import snapshot_store

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.exts.errors",
    "bot.exts.questions",
    "bot.exts.chat",
    "bot.exts.admin",
    "bot.exts.refresh",
    "bot.exts.ingest",
    "bot.exts.facts_admin",
)
SHUTDOWN_GRACE = 5.0  # seconds answers already being worked on get to finish at shutdown
# Names discord.py gives the tasks running event handlers, slash commands and button callbacks.
_HANDLER_TASKS = (
    "discord.py: ",
    "CommandTree-invoker",
    "discord-ui-view-dispatch",
    "discord-ui-dynamic-item-",
)


async def drain_handlers(grace: float = SHUTDOWN_GRACE) -> None:
    """Wait (bounded) for event/command/button handlers still running in this loop."""
    current = asyncio.current_task()
    running = [
        t
        for t in asyncio.all_tasks()
        if t is not current and not t.done() and t.get_name().startswith(_HANDLER_TASKS)
    ]
    if running:
        await asyncio.wait(running, timeout=grace)


def default_intents() -> discord.Intents:
    """Only what answering needs: guilds, guild and DM messages, and their content."""
    # message_content is privileged: it must also be enabled in the developer portal.
    # Members/presences/voice/typing stay off: less gateway traffic, nothing privileged to request.
    return discord.Intents(guilds=True, guild_messages=True, dm_messages=True, message_content=True)


class MarqueeBot(GatewayRetry, commands.Bot):
    """Answers questions through the QuestionEngine; per-guild settings come from the database."""

    def __init__(
        self,
        settings: Settings,
        engine: QuestionEngine,
        sessions: async_sessionmaker[AsyncSession],
        *,
        intents: discord.Intents | None = None,
        **options: Any,
    ) -> None:
        # Marquee never joins voice: no "PyNaCl/davey is not installed" warnings at every start.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=settings.command_prefix,
            intents=intents or default_intents(),
            help_command=None,  # the engine's help answers `help`
            allowed_mentions=discord.AllowedMentions.none(),
            owner_ids=set(settings.owner_ids) or None,
            **options,
        )
        self.settings = settings
        self.engine = engine
        self.sessions = sessions
        self.limiter = Limiter()
        self._conversations = ConversationStore(idle_seconds=settings.conversation_idle_seconds)
        self._configs: dict[int, GuildConfig] = {}
        self._generations: dict[int, int] = {}  # bumped by every settings change, per guild
        self._background: set[asyncio.Task[None]] = set()

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.syncs_commands:
            synced = await self.tree.sync()
            log.info("synced %d application commands", len(synced))

    @property
    def syncs_commands(self) -> bool:
        # Several processes of a sharded bot would otherwise all PUT the same commands.
        shard_ids = getattr(self, "shard_ids", None)
        return shard_ids is None or 0 in shard_ids

    # -- per-guild settings --------------------------------------------
    async def guild_config(self, guild_id: int | None) -> GuildConfig | None:
        """The guild's settings (cached: a guild's events all reach the one process running its shard)."""
        if guild_id is None:
            return None
        cached = self._configs.get(guild_id)
        if cached is not None:
            return cached
        generation = self._generations.get(guild_id, 0)
        try:
            async with self.sessions() as session:
                loaded = await guilds.get_config(session, guild_id)
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            # Database down: answer with the bot-wide defaults (the facts are in memory) until it is back.
            log.debug("guild %s settings unavailable: %s", guild_id, describe_error(exc))
            return GuildConfig(guild_id)
        # A read that raced with an update may hold the old values: use it, but don't cache it.
        if self._generations.get(guild_id, 0) == generation:
            self._configs[guild_id] = loaded
        return loaded

    async def update_guild(self, guild_id: int, change: Callable[[AsyncSession], Awaitable[Any]]) -> Any:
        """Run ``change`` in one transaction (retried while SQLite is busy), then drop the cached settings."""
        result = await write(self.sessions, change)
        self.forget_guild(guild_id)
        return result

    def forget_guild(self, guild_id: int) -> None:
        """Drop the cached settings (changed here, or by another shard: see bot/exts/refresh.py)."""
        self._generations[guild_id] = self._generations.get(guild_id, 0) + 1
        self._configs.pop(guild_id, None)

    def prefix_for(self, config: GuildConfig | None) -> str:
        return (config.prefix if config else None) or self.settings.command_prefix

    async def get_prefix(self, message: discord.Message, /) -> str:
        return self.prefix_for(await self.guild_config(message.guild.id if message.guild else None))

    # -- questions --------------------------------------------------------
    def conversation(self, channel_id: int) -> Conversation:
        """The channel's (or DM's) conversation; fresh after the idle time, oldest dropped first."""
        return self._conversations.get(channel_id)

    async def ask(self, question: str, *, channel_id: int, guild_id: int | None) -> Answer:
        """Answer ``question`` in the channel's conversation with the guild's default show and zone."""
        config = await self.guild_config(guild_id)
        return await self.engine.answer(
            question,
            self.conversation(channel_id),
            default_show=(config.default_show if config else None) or self.settings.default_show,
            tz=(config.timezone if config else None) or self.settings.timezone,
        )

    async def close(self) -> None:
        # Let answers being written go out before cogs unload and the HTTP session closes.
        if not self.is_closed():
            await drain_handlers()
        await super().close()

    def request_stop(self, reason: str) -> None:
        """Close the bot from a signal handler (keeps a reference to the closing task)."""
        log.info("%s received: shutting down", reason)
        task = asyncio.get_running_loop().create_task(self.close())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def on_ready(self) -> None:
        log.info(
            "logged in as %s (%s) in %d guild(s)", self.user, self.user and self.user.id, len(self.guilds)
        )


class ShardedMarqueeBot(MarqueeBot, commands.AutoShardedBot):
    """MarqueeBot as an AutoShardedBot (one process running shard_ids of shard_count)."""


def create_bot(
    settings: Settings,
    engine: QuestionEngine,
    sessions: async_sessionmaker[AsyncSession],
    *,
    intents: discord.Intents | None = None,
) -> MarqueeBot:
    """A MarqueeBot, or a ShardedMarqueeBot when shard settings are given."""
    if settings.shard_count is None and settings.shard_ids is None:
        return MarqueeBot(settings, engine, sessions, intents=intents)
    problem = settings_problem(settings, need_token=False)
    if problem is not None:
        raise ValueError(problem)
    return ShardedMarqueeBot(
        settings,
        engine,
        sessions,
        intents=intents,
        shard_count=settings.shard_count,
        shard_ids=settings.shard_ids,
    )


async def serve(settings: Settings, *, ready: Callable[[MarqueeBot], None] | None = None) -> None:
    """Open the database, build the engine and run the bot until it is closed (SIGINT/SIGTERM)."""
    problem = settings_problem(settings)
    if problem is not None or settings.discord_token is None:
        raise ValueError(problem)
    database = await open_database(settings.database_url)
    try:
        store = snapshot_store(settings.database_url)
        engine = await QuestionEngine.from_sessions(database.sessions, store=store)
        check_default_show(engine, settings.default_show)
        engine.warm_up()  # before the first question: logging in takes longer anyway
        bot = create_bot(settings, engine, database.sessions)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows / not the main thread
                loop.add_signal_handler(sig, bot.request_stop, sig.name)
        if ready is not None:
            ready(bot)
        async with bot:
            await bot.start(settings.discord_token.get_secret_value())
        await drain_handlers()  # nothing may still hold a database connection
    finally:
        await database.close()


def settings_problem(settings: Settings, *, need_token: bool = True) -> str | None:
    """Why these settings cannot run the bot, or None."""
    if need_token and settings.discord_token is None:
        return "DISCORD_TOKEN is not set"
    return shard_problem(settings.shard_count, settings.shard_ids)


def run_discord(settings: Settings) -> int:
    """Run Marquee on Discord (or on the server DISCORD_API_URL/DISCORD_GATEWAY_URL name); exit status."""
    problem = settings_problem(settings)
    if problem is not None:
        log.error("%s", problem)
        return 2
    point_discord_at(settings.discord_api_url, settings.discord_gateway_url)
    try:
        asyncio.run(serve(settings))
    except discord.LoginFailure:
        log.error(
            "Discord rejected DISCORD_TOKEN: reset the bot token in the developer portal and update .env"
        )
        return 1
    except (aiohttp.ClientConnectionError, OSError) as exc:
        # Database failures arrive as DatabaseUnavailable (handled by the command line), never here.
        log.error("Can't reach Discord at %s: %s", settings.discord_api_url or "discord.com", exc)
        return 1
    except discord.PrivilegedIntentsRequired:
        log.error(
            "Enable the Message Content intent for the bot in the Discord developer portal, then restart"
        )
        return 1
    return 0
