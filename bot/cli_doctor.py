"""`marquee doctor` and `marquee --version`: what is installed and whether the configuration works."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, NoReturn


def installed_version() -> str:
    """The installed distribution's version ("unknown" when run from a checkout that isn't installed)."""
    from importlib import metadata  # imported here: a tenth of a second that only --version and doctor need

    try:
        return metadata.version("marquee")
    except metadata.PackageNotFoundError:
        return "unknown"


def add_doctor_arguments(
    parser: argparse.ArgumentParser, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]
) -> None:
    """Add `--version` to the top-level parser and the `doctor` subcommand."""
    parser.add_argument("--version", action=_PrintVersion)
    doctor = subparsers.add_parser(
        "doctor", help="check the configuration: token, intents, database, seed, time zone, default show"
    )
    doctor.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL or SQLite in data/)")
    doctor.add_argument("--offline", action="store_true", help="don't contact Discord (or DISCORD_API_URL)")


class _PrintVersion(argparse.Action):
    """argparse's "version" action, with the version looked up only when --version is given."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show program's version number and exit",
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> NoReturn:
        print(f"{parser.prog} {installed_version()}")
        parser.exit()


def run_doctor_command(args: argparse.Namespace) -> int:
    """Print what is fine and what to fix; 1 when something must be fixed. Settings are read leniently."""
    import asyncio

    from bot.doctor import diagnose, report  # imported here: `--version` and the parser need none of it
    from bot.settings import load_settings_leniently
    from db.urls import default_database_url

    settings, problems = load_settings_leniently()
    url = args.db or settings.database_url or default_database_url(Path(settings.data_dir))
    findings = asyncio.run(diagnose(settings, problems, url, online=not args.offline))
    text, status = report(findings)
    print(f"marquee {installed_version()}: configuration check")
    print(text)
    return status
