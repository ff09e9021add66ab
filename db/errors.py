"""Why a database could not be opened, in one line an operator can act on (never a traceback)."""

from __future__ import annotations

import re

from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

SUPPORTED = "sqlite+aiosqlite:///PATH or postgresql+asyncpg://USER@HOST/DB"
SUPPORTED_BACKENDS = frozenset({"sqlite", "postgresql", "postgres"})
MAX_REASON = 160
_CLASS_PREFIX = re.compile(r"^<class '[\w.]+'>:\s*")
_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


class DatabaseUnavailable(Exception):
    """The database could not be opened or prepared; the message is one short line."""


def safe_url(url: str) -> str:
    """The URL with any password hidden, even when it does not parse."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return _PASSWORD.sub(r"\1***@", url)


def _first_line(text: str) -> str:
    line = _CLASS_PREFIX.sub("", text.strip().splitlines()[0] if text.strip() else "")
    return line if len(line) <= MAX_REASON else line[: MAX_REASON - 1] + "…"


def _missing_driver(exc: ModuleNotFoundError, url: str) -> str:
    """A missing driver: for a database Marquee doesn't support, installing it won't help."""
    backend = url.split("://", 1)[0].split("+", 1)[0].lower()
    if backend not in SUPPORTED_BACKENDS:
        return f"Marquee doesn't support {backend!r} databases, only SQLite and PostgreSQL; use {SUPPORTED}"
    return f"the database driver {exc.name!r} is not one Marquee uses; use {SUPPORTED}"


def explain(exc: BaseException, url: str) -> str:
    """One line saying what is wrong with the database at `url` and, where it helps, what to use instead."""
    where = safe_url(url)
    if isinstance(exc, NoSuchModuleError):
        scheme = url.split("://", 1)[0]
        return f"the database URL {where!r} names an unknown kind of database {scheme!r}; use {SUPPORTED}"
    if isinstance(exc, ArgumentError):
        return f"{where!r} is not a database URL; use {SUPPORTED}"
    if isinstance(exc, ModuleNotFoundError):
        return _missing_driver(exc, url)
    if isinstance(exc, TimeoutError):
        return f"the database at {where} did not answer in time"
    if isinstance(exc, OSError):
        return f"can't reach the database at {where}: {_first_line(str(exc))}"
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return f"database error at {where}: {_first_line(str(exc.orig))}"
    if isinstance(exc, SQLAlchemyError):
        return f"database error at {where}: {_first_line(str(exc).split('(Background on this error')[0])}"
    return f"database error at {where}: {_first_line(str(exc)) or type(exc).__name__}"
