"""`marquee catalog import FILE`: bulk catalogs (films, people, genres, tags) from the command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.import_options import CATALOG_FORMATS, DEFAULT_CATALOG_SOURCE

if TYPE_CHECKING:
    from db.importers.catalog import CatalogSummary


def add_catalog_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `catalog import FILE [--format F] [--source NAME] [--db URL]`; run with `run_catalog_command`."""
    catalog = subparsers.add_parser("catalog", help="bulk catalogs (films, people, genres, tags)")
    actions = catalog.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import", help="import a catalog file: subject|relation|object triples or jsonl facts"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--format", choices=CATALOG_FORMATS, default=None, help="default: detected from the file"
    )
    imp.add_argument(
        "--source", metavar="NAME", default=None, help=f"catalog name (default {DEFAULT_CATALOG_SOURCE!r})"
    )
    imp.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL or SQLite in data/)")
    imp.add_argument("--no-progress", action="store_true", help="hide the progress bar")


async def catalog_import(
    file: Path, fmt: str | None, source: str | None, url: str | None, progress: bool
) -> CatalogSummary:
    """Open (and migrate) the database, then import the file; seeding is left to the bot's own start-up."""
    # Imported here: the parser above is built for every command, and --help must not pay for these.
    from db.bootstrap import open_database
    from db.importers.catalog import import_catalog

    db = await open_database(url, seed=False)
    try:
        return await import_catalog(db.sessions, file, fmt, source, progress=progress)
    finally:
        await db.close()


def run_catalog_command(args: argparse.Namespace, url: str | None = None) -> int:
    """Run a parsed `catalog import`: print the summary; 1 when the file is missing or held nothing usable."""
    if not args.file.is_file():
        if args.file.is_dir():
            problem = f"{args.file} is a folder; give the catalog file"
        elif args.file.exists():
            problem = f"{args.file} is not a regular file; give the catalog file"
        else:
            problem = f"no such file: {args.file}"
        print(f"error: {problem}", file=sys.stderr)
        return 1
    import asyncio

    progress = not args.no_progress and sys.stderr.isatty()
    database = url or args.db or os.environ.get("DATABASE_URL")
    summary = asyncio.run(catalog_import(args.file, args.format, args.source, database, progress))
    print(summary.render())
    if not _found_anything(summary):
        what = "every line was skipped" if summary.skipped else "the file holds no facts"
        print(f"marquee catalog import: {what}; nothing was imported from {args.file}", file=sys.stderr)
        return 1
    return 0


def _found_anything(summary: CatalogSummary) -> bool:
    # Facts already present count: re-importing a good file is a success that changes nothing.
    return bool(
        summary.facts_added
        or summary.facts_present
        or summary.articles_present
        or summary.shows_created
        or summary.people_created
    )
