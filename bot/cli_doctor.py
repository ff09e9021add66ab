"""`marquee doctor` and `marquee --version`: what is installed and whether the configuration works."""

from __future__ import annotations

import argparse
import asyncio
from importlib import metadata
from pathlib import Path

from bot.settings import load_settings_leniently
from db.engine import default_database_url


def installed_version() -> str:
    """The installed distribution's version ("unknown" when run from a checkout that isn't installed)."""
    try:
        return metadata.version("marquee")
    except metadata.PackageNotFoundError:
        return "unknown"


def add_doctor_arguments(
    parser: argparse.ArgumentParser, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]
) -> None:
    """Add `--version` to the top-level parser and the `doctor` subcommand."""
    parser.add_argument("--version", action="version", version=f"%(prog)s {installed_version()}")
    doctor = subparsers.add_parser(
        "doctor", help="check the configuration: token, intents, database, seed, time zone, default show"
    )
    doctor.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL or SQLite in data/)")
    doctor.add_argument("--offline", action="store_true", help="don't contact Discord (or DISCORD_API_URL)")


def run_doctor_command(args: argparse.Namespace) -> int:
    """Print what is fine and what to fix; 1 when something must be fixed. Settings are read leniently."""
    from bot.doctor import diagnose, report

    settings, problems = load_settings_leniently()
    url = args.db or settings.database_url or default_database_url(Path(settings.data_dir))
    findings = asyncio.run(diagnose(settings, problems, url, online=not args.offline))
    text, status = report(findings)
    print(f"marquee {installed_version()}: configuration check")
    print(text)
    return status
