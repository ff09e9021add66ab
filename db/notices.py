"""PostgreSQL LISTEN for the change notices migration 0005's triggers send (facts and guild settings).

One dedicated asyncpg connection per process, outside the SQLAlchemy pool (a LISTEN belongs to a
connection). When it drops (a restart), it reconnects with a growing pause (logging at DEBUG only: the
facts refresh already logs one line per outage), and on reconnecting it reports a facts change, since
notices sent while it was away are lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import make_url

from db.engine import normalise_url

log = logging.getLogger(__name__)
FACTS = "marquee_facts"
SETTINGS = "marquee_settings"
MAX_PAUSE = 30.0


def listens(url: str) -> bool:
    """Whether change notices exist for this database (PostgreSQL); SQLite keeps its version poll."""
    return make_url(normalise_url(url)).get_backend_name() == "postgresql"


def _dsn(url: str) -> str:
    parsed = make_url(normalise_url(url)).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


class ChangeListener:
    """Calls `on_facts()` after facts change and `on_settings(guild_id)` after a guild's settings change."""

    def __init__(self, url: str, on_facts: Callable[[], None], on_settings: Callable[[int], None]) -> None:
        self.url = url
        self.on_facts = on_facts
        self.on_settings = on_settings
        self.connected = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Listen in the background until stop()."""
        self._task = asyncio.create_task(self._run(), name="marquee-change-listener")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def _notice(self, _connection: Any, _pid: int, channel: str, payload: str) -> None:
        if channel == FACTS:
            self.on_facts()
        elif channel == SETTINGS and payload.lstrip("-").isdigit():
            self.on_settings(int(payload))

    async def _run(self) -> None:
        import asyncpg

        pause, outage = 1.0, False
        while True:
            try:
                connection = await asyncpg.connect(_dsn(self.url), timeout=10)
            except (OSError, TimeoutError, asyncpg.PostgresError) as exc:
                if not outage:
                    outage = True
                    log.warning(
                        "change notices paused: can't listen on the database (%s)", type(exc).__name__
                    )
                await asyncio.sleep(pause)
                pause = min(pause * 2, MAX_PAUSE)
                continue
            if outage:
                log.debug("change notices resumed")
                self.on_facts()  # anything written while nobody listened
            outage, pause = False, 1.0
            try:
                await self._listen(connection)
            finally:
                self.connected.clear()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(connection.close(), 2)
            outage = True
            log.debug("change notices paused: the listening connection was lost; reconnecting")

    async def _listen(self, connection: Any) -> None:
        """Receive notices until the connection is lost."""
        import asyncpg

        lost = asyncio.Event()
        try:
            connection.add_termination_listener(lambda _connection: lost.set())
            await connection.add_listener(FACTS, self._notice)
            await connection.add_listener(SETTINGS, self._notice)
            self.connected.set()
            while not lost.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(lost.wait(), 10)
                if not lost.is_set():  # a silent drop (no FIN) shows only when the link is used
                    await asyncio.wait_for(connection.execute("SELECT 1"), 5)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
            return
