"""The `marquee` command line: ask, chat, run, db, catalog and ingest."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli_catalog import add_catalog_parser
from bot.cli_doctor import add_doctor_arguments
from bot.cli_ingest_args import add_ingest_parsers

if TYPE_CHECKING:
    from bot.settings import Settings

# Only argparse and the options' defaults are imported above: `--help`, `--version` and a usage error cost a
# few milliseconds. What a command needs (SQLAlchemy, pydantic, the question engine, the extractor,
# discord.py) is imported once it is known which command runs.


NOW_HELP = "answer as if it were this date/time; without an offset (+02:00, Z) it is a time in --tz"
TZ_HELP = "time zone for today's date and for --now without an offset (default: TIMEZONE or UTC)"


def port_number(value: str) -> int:
    """An argparse type: a TCP port, 0 (any free port) to 65535."""
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"a port is a whole number from 0 to 65535 (0 picks a free one), not {value!r}"
        )
    return port


def build_parser() -> argparse.ArgumentParser:
    """All subcommands and their options."""
    parser = argparse.ArgumentParser(
        prog="marquee",
        description="Answers fans' questions about TV shows from facts reported in entertainment news.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL or SQLite in data/)")
        return p

    ask = with_db(sub.add_parser("ask", help="answer a question (or a batch of them) and exit"))
    ask.add_argument(
        "question", nargs="?", help='the question (under 500 characters), e.g. "who plays nick?"'
    )
    ask.add_argument("--batch", metavar="FILE", help="one question per line; '-' reads standard input")
    ask.add_argument("--json", action="store_true", help="print JSON (one object per line in batch mode)")
    ask.add_argument("--now", metavar="ISO-8601", help=NOW_HELP)
    ask.add_argument("--default-show", metavar="TITLE", help="show used when a question names none")
    ask.add_argument("--tz", metavar="ZONE", help=TZ_HELP)
    ask.set_defaults(command_parser=ask)  # errors in ask's options print ask's usage, not the top-level one

    chat = with_db(sub.add_parser("chat", help="talk to Marquee in the terminal"))
    chat.add_argument("--now", metavar="ISO-8601", help=NOW_HELP)
    chat.add_argument("--default-show", metavar="TITLE", help="show used when a question names none")
    chat.add_argument("--tz", metavar="ZONE", help=TZ_HELP)
    chat.set_defaults(command_parser=chat)

    with_db(
        sub.add_parser(
            "run", help="run the Discord bot (the browser playground when no DISCORD_TOKEN is set)"
        )
    )
    playground = with_db(
        sub.add_parser("playground", help="try the bot in a Discord-like page served on this machine")
    )
    playground.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1; the page has no login: trusted networks only)",
    )
    playground.add_argument(
        "--port", type=port_number, default=8080, help="port, 0-65535 (default: 8080; 0 picks a free one)"
    )

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    with_db(db_sub.add_parser("upgrade", help="apply migrations and load the seed facts"))

    add_catalog_parser(sub)
    add_doctor_arguments(parser, sub)
    add_ingest_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `marquee` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _tolerant_output()
    if args.command == "doctor":
        from bot.cli_doctor import run_doctor_command

        return run_doctor_command(args)  # reads the settings itself, reporting every bad one
    import logging

    from pydantic import ValidationError
    from pydantic_settings.exceptions import SettingsError

    from bot.logsafety import configure_logging
    from bot.settings import Settings, describe_settings_error
    from bot.startup import CONFIG_EXIT, command_name, report, report_failure
    from db.urls import default_database_url

    try:
        settings = Settings()
    except (ValidationError, SettingsError) as exc:
        return report(command_name(args), describe_settings_error(exc), CONFIG_EXIT)
    token = settings.discord_token.get_secret_value() if settings.discord_token else None
    configure_logging(
        getattr(logging, settings.log_level)
        if args.command == "run" and settings.discord_token is not None
        else logging.WARNING,
        secrets=[token] if token else [],
    )
    if args.command != "run" or settings.log_level.upper() != "DEBUG":
        logging.getLogger("alembic").setLevel(logging.WARNING)  # migration chatter is not for chat users
    url: str = (
        getattr(args, "db", None) or settings.database_url or default_database_url(Path(settings.data_dir))
    )
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return _dispatch(parser, args, settings, url)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`marquee ask ... | head -1`): stop quietly, like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        status = report_failure(command_name(args), exc, url)
        if status is None:
            raise
        return status


def _tolerant_output() -> None:
    """Characters the terminal's encoding lacks are escaped in the output instead of ending the program."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace, settings: Settings, url: str) -> int:
    import asyncio

    if args.command in ("ask", "chat"):
        from bot import cli_ask
        from bot.batch_lines import clean_argument, decoded_lines
        from bot.startup import ConfigurationError, check_zone
    if args.command in ("ask", "chat"):
        check_zone("--tz", args.tz)
        tz = args.tz or settings.timezone
        try:
            now = cli_ask.parse_now(args.now, tz)  # without an offset, --now is a time in --tz
        except ValueError:
            args.command_parser.error(f"--now must be an ISO-8601 date or date-time, got {args.now!r}")
        default_show = args.default_show or settings.default_show
    if args.command == "ask":
        if args.batch and args.question is not None:
            args.command_parser.error("give a QUESTION or --batch FILE, not both")
        if args.batch:
            if args.batch != "-" and not Path(args.batch).is_file():
                what = "is a folder" if Path(args.batch).is_dir() else "does not exist"
                raise ConfigurationError(f"--batch {args.batch} {what}; give a file of questions or -")
            with sys.stdin.buffer if args.batch == "-" else open(args.batch, "rb") as stream:
                lines = decoded_lines(stream)
                return asyncio.run(cli_ask.ask_batch(url, lines, args.json, now, default_show, tz))
        if args.question is None:
            args.command_parser.error("ask needs a QUESTION or --batch FILE")
        question = clean_argument(args.question)
        return asyncio.run(cli_ask.ask_one(url, question, args.json, now, default_show, tz))
    if args.command == "chat":
        return asyncio.run(cli_ask.chat(url, now, default_show, tz))
    if args.command == "run":
        return _run(settings, url)
    if args.command == "playground":
        return _playground(settings, url, args.host, args.port)
    if args.command in ("ingest", "facts"):
        from bot.cli_ingest import run_ingest_command

        return run_ingest_command(args, url)
    if args.command == "catalog":
        from bot.cli_catalog import run_catalog_command

        return run_catalog_command(args, url)
    if args.command == "db":
        from bot.cli_db import upgrade

        return asyncio.run(upgrade(url))
    parser.print_help()
    return 2


def _playground(settings: Settings, url: str, host: str, port: int, *, any_port: bool = False) -> int:
    from bot.playground.run import run_playground  # imported late: discord.py is only needed here

    with_db = settings.model_copy(update={"database_url": url})
    return run_playground(with_db, host, port, any_port_if_taken=any_port)


def _run(settings: Settings, url: str) -> int:
    if settings.discord_token is None:
        print(
            "No DISCORD_TOKEN is set, so Marquee can't join Discord yet.\n"
            "To get one: https://discord.com/developers/applications -> New Application -> Bot ->\n"
            "Reset Token; enable the Message Content intent there, then put DISCORD_TOKEN=... in .env\n"
            "(see .env.example). Meanwhile, here is Marquee in a Discord-like page on this machine\n"
            "(`marquee chat` talks in the terminal instead):",
            flush=True,
        )
        return _playground(settings, url, "127.0.0.1", 8080, any_port=True)
    from bot.discord_app import run_discord  # imported late: discord.py is only needed for the bot

    result: int = run_discord(settings.model_copy(update={"database_url": url}))
    return result
