"""Start-up problems (configuration, database) reported in one short line, never a traceback."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from bot.settings import zone_problem
from intents.text import fold

if TYPE_CHECKING:
    from intents.engine import QuestionEngine

CONFIG_EXIT = 2  # like a usage error: the operator must change a setting
DATABASE_EXIT = 1


class ConfigurationError(Exception):
    """A setting or option Marquee can't work with; the message says which and what to use."""


def command_name(args: argparse.Namespace) -> str:
    """`ask`, `db upgrade`, `facts review`, ... for the start of an error line."""
    words = [args.command or ""]
    for attribute in ("db_command", "facts_command", "catalog_command"):
        if isinstance(getattr(args, attribute, None), str):
            words.append(getattr(args, attribute))
    return " ".join(words)


def report(command: str, message: str, status: int) -> int:
    """Print `marquee COMMAND: message` on standard error, flattened to one line; return `status`."""
    one_line = " ".join(message.split())
    print(f"marquee {command}: {one_line}", file=sys.stderr, flush=True)
    return status


def report_failure(command: str, exc: BaseException, url: str) -> int | None:
    """Report a start-up failure in one line and return the exit status; None when `exc` is not one."""
    if isinstance(exc, ConfigurationError):
        return report(command, str(exc), CONFIG_EXIT)
    # Imported here: a start reading its stored snapshot directly imports no SQLAlchemy (db.unchanged_sqlite).
    from sqlalchemy.exc import SQLAlchemyError

    from db.errors import DatabaseUnavailable, explain

    if isinstance(exc, DatabaseUnavailable):
        return report(command, str(exc), DATABASE_EXIT)
    if isinstance(exc, SQLAlchemyError):
        return report(command, explain(exc, url), DATABASE_EXIT)
    return None


def check_zone(option: str, zone: str | None) -> None:
    """Raise ConfigurationError when `zone` (from `option`) is not a time zone."""
    problem = zone_problem(zone) if zone else None
    if problem is not None:
        raise ConfigurationError(f"{option}: {problem}")


def known_show(engine: QuestionEngine, title: str) -> str | None:
    """The known show called `title` (or one of its aliases), or None."""
    key = fold(title)
    for ref in engine.index.names.get(key, []):
        if ref.kind == "show":
            return engine.kb.shows[ref.id].title
    return None


def check_default_show(engine: QuestionEngine, title: str | None, option: str = "default show") -> None:
    """Raise ConfigurationError when the configured default show is not one Marquee has facts about."""
    if not title or known_show(engine, title) is not None:
        return
    close = engine.complete(title, {"show"}, limit=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise ConfigurationError(f"{option}: Marquee has no facts about a show called {title!r}{hint}")
