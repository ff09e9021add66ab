"""Telling a database that is down (or busy) from a bug, and retrying writes a busy SQLite file refused.

While PostgreSQL restarts, asyncpg raises OSError (connection refused), ConnectionResetError or its own
interface errors, and SQLAlchemy wraps some of them; SQLite says "database is locked" when another process
holds the write lock longer than the busy timeout. Callers answer from memory meanwhile and tell a user whose
write failed to try again: every write is one transaction, so a failed one leaves nothing behind.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)
T = TypeVar("T")
BUSY_ATTEMPTS = 5
FIRST_PAUSE = 0.05  # seconds; doubles after each busy attempt (0.05 + 0.1 + 0.2 + 0.4 = 0.75 s at most)
TRY_AGAIN = "I can't reach my database right now, so nothing was changed. Please try again in a minute."


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return chain


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked" / "busy": worth retrying in a moment."""
    text = str(exc).lower()
    return isinstance(exc, OperationalError) and ("database is locked" in text or "busy" in text)


def is_unavailable(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) means the database can't be reached, rather than a bug."""
    for cause in _causes(exc):
        if isinstance(cause, DBAPIError) and cause.connection_invalidated:
            return True
        if isinstance(cause, OSError | InterfaceError | OperationalError | TimeoutError):
            return True
        if type(cause).__module__.startswith("asyncpg") and "Connection" in type(cause).__name__:
            return True
        if "connection was closed" in str(cause).lower() or "cannot connect now" in str(cause).lower():
            return True
    return False


async def write(
    sessions: async_sessionmaker[AsyncSession], change: Callable[[AsyncSession], Awaitable[T]]
) -> T:
    """Run `change` in one transaction, retrying with a growing pause while SQLite is busy."""
    pause = FIRST_PAUSE
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            async with sessions.begin() as session:
                return await change(session)
        except OperationalError as exc:
            if not is_busy(exc) or attempt == BUSY_ATTEMPTS:
                raise
            log.debug("database busy (attempt %d of %d); retrying in %.2f s", attempt, BUSY_ATTEMPTS, pause)
        await asyncio.sleep(pause)
        pause *= 2
    raise AssertionError("unreachable")
