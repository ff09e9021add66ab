"""Live refresh: reload the engine when another process added facts, and forget guild settings another
shard changed.

`marquee ingest --approve`, `marquee facts review --approve`, `marquee catalog import` and other shards write
from their own processes; without this a running bot would answer from its start-up snapshot until restarted.
On PostgreSQL, triggers NOTIFY every change and each process LISTENs (db/notices.py): new facts answer within
a moment of their commit. SQLite has no notices, so the cheap version check (db/freshness.py) is polled every
FACTS_REFRESH_SECONDS; on PostgreSQL that poll stays as a safety net. A reload builds the new snapshot beside
the old one, which keeps answering until the swap.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from typing import TYPE_CHECKING

from discord.ext import commands, tasks

from bot.logsafety import describe_error
from db.freshness import FactsVersion, facts_version
from db.notices import ChangeListener, listens

if TYPE_CHECKING:
    from bot.discord_app import MarqueeBot

log = logging.getLogger(__name__)
DEFAULT_INTERVAL = 30.0  # seconds; FACTS_REFRESH_SECONDS
NOTICE_SETTLE_SECONDS = 0.2


async def reload_engine(bot: MarqueeBot) -> None:
    """Re-read every fact into a new snapshot, then swap it in (QuestionEngine.reload does both).

    Answers keep coming from the old snapshot while the new one is read. The garbage collector is
    paused meanwhile: a reload allocates millions of objects, and the collections that triggers
    dominated the cost (133k catalog facts: 3.5 s with event-loop stalls up to 0.6 s; paused, 0.9 s
    and 0.2 s). Nothing is lost: collection resumes, and catches up, as soon as the reload ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        await bot.engine.reload(bot.sessions)
    finally:
        if was_enabled:
            gc.enable()


class Refresh(commands.Cog):
    """Polls `facts_version` every FACTS_REFRESH_SECONDS and reloads the engine when it changed."""

    def __init__(self, bot: MarqueeBot, interval: float = DEFAULT_INTERVAL) -> None:
        self.bot = bot
        self.interval = interval
        self.version: FactsVersion | None = None
        self.reloads = 0  # how many reloads this cog did (logs and tests)
        self.outage: str | None = None  # what went wrong, while the database is unreachable
        # One reload at a time: the poller and an approval in Discord may both want one.
        self._lock = asyncio.Lock()
        self.notices: ChangeListener | None = None
        self._noticed: asyncio.Task[None] | None = None
        self._again = False  # a notice arrived while a reload it triggered was running

    async def cog_load(self) -> None:
        # The engine was loaded just before the bot started, so this version is (close to) what it
        # holds; a change committed in between is picked up with the next one.
        self.version = await self._read_version()
        url = self.bot.sessions.kw["bind"].url.render_as_string(hide_password=False)
        if listens(url):
            self.notices = ChangeListener(url, self._facts_noticed, self.bot.forget_guild)
            self.notices.start()
        if self.interval > 0:  # 0 turns polling off; approvals in Discord still reload at once
            self.poll.change_interval(seconds=self.interval)
            self.poll.start()

    def _facts_noticed(self) -> None:
        """A change notice: reload in the background (one at a time; a notice mid-reload means once more)."""
        if self._noticed is not None and not self._noticed.done():
            self._again = True
            return
        self._noticed = asyncio.create_task(self._reload_noticed(), name="marquee-noticed-reload")

    async def _reload_noticed(self) -> None:
        # A catalog import commits batch after batch: let a burst of notices settle into one reload.
        await asyncio.sleep(NOTICE_SETTLE_SECONDS)
        again = True
        while again:
            self._again = False
            await self.check()
            again = self._again

    async def cog_unload(self) -> None:
        if self.notices is not None:
            await self.notices.stop()
        if self._noticed is not None:
            self._noticed.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._noticed
        # Wait for a cancelled poll to leave its session: a connection still checked out when the engine
        # is disposed is never closed, and aiosqlite's worker thread then keeps the process alive.
        task = self.poll.get_task()
        self.poll.cancel()
        if task is not None and not task.done():
            await asyncio.wait([task], timeout=5)

    async def _read_version(self) -> FactsVersion:
        async with self.bot.sessions() as session:
            return await facts_version(session)

    async def refresh(self) -> bool:
        """Reload the engine if the facts changed since the last reload; whether it reloaded."""
        async with self._lock:
            # Read the version before the facts: a change landing mid-reload then shows up as a
            # difference at the next poll instead of being missed.
            version = await self._read_version()
            if version == self.version:
                return False
            await reload_engine(self.bot)
            self.version = version
            self.reloads += 1
            log.info(
                "facts changed in the database: engine reloaded (%d shows)", len(self.bot.engine.kb.shows)
            )
            return True

    @tasks.loop(seconds=DEFAULT_INTERVAL)
    async def poll(self) -> None:
        if self.poll.current_loop == 0:
            return  # cog_load has just read the version; the first real check is one interval later
        await self.check()

    async def check(self) -> None:
        """One poll: refresh if the facts changed; an unreachable database is logged once per outage."""
        try:
            await self.refresh()
        except Exception as exc:
            # A locked or unreachable database must not end refreshing for good, nor fill the log: one line
            # when an outage starts (no traceback), one when it ends.
            if self.outage is None:
                self.outage = describe_error(exc)
                log.warning(
                    "facts refresh paused: database unavailable (%s); answering from memory, retrying every"
                    " %.0f s",
                    self.outage,
                    self.interval,
                )
            return
        if self.outage is not None:
            log.info("facts refresh resumed: the database is reachable again")
            self.outage = None


async def refresh_facts(bot: MarqueeBot) -> None:
    """Make new facts answer now: through the Refresh cog when loaded (shared lock), else directly."""
    cog = bot.get_cog("Refresh")
    if isinstance(cog, Refresh):
        await cog.refresh()
    else:
        await reload_engine(bot)


async def setup(bot: commands.Bot) -> None:
    from bot.discord_app import MarqueeBot

    assert isinstance(bot, MarqueeBot)
    # Until bot/settings.py has FACTS_REFRESH_SECONDS, the default applies.
    setting = getattr(bot.settings, "facts_refresh_seconds", None)
    interval = DEFAULT_INTERVAL if setting is None else float(setting)
    # Below a second the poll would be most of the database's work; 0 (or less) turns it off.
    await bot.add_cog(Refresh(bot, interval if interval <= 0 else max(interval, 1.0)))
