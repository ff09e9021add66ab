"""The options of `marquee ingest` and `marquee facts`: plain argparse, so the top-level help and every other
command build them without importing the extractor or the database code (bot/cli_ingest runs them)."""

from __future__ import annotations

import argparse
import datetime as dt

from bot.fact_command import USAGE
from db.import_options import DEFAULT_MIN_CONFIDENCE

COMMANDS = ("ingest", "facts")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from exc


def confidence(value: str) -> float:
    """An argparse type: a confidence from 0 to 1."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"a confidence is a number from 0 to 1, such as 0.6, not {value!r}")
    return number


def add_ingest_parsers(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `ingest FILE|- [...]` and `facts review [DRAFT] [--approve|--reject] [...]`."""
    db_help = "database URL (default: DATABASE_URL or SQLite in data/)"
    ingest = subparsers.add_parser("ingest", help="extract facts from a news article into a draft for review")
    ingest.add_argument("file", metavar="FILE", help="the article as plain text; '-' reads standard input")
    ingest.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="the article's date")
    ingest.add_argument("--outlet", metavar="NAME", help="who published it, e.g. Variety")
    ingest.add_argument("--url", metavar="URL", help="where it was published")
    ingest.add_argument("--json", action="store_true", help="print the draft as JSON")
    ingest.add_argument("--approve", action="store_true", help="import the facts at once, without review")
    ingest.add_argument(
        "--min-confidence",
        type=confidence,
        default=DEFAULT_MIN_CONFIDENCE,
        metavar="X",
        help=f"with --approve, import only facts at or above X, 0-1 (default {DEFAULT_MIN_CONFIDENCE})",
    )
    ingest.add_argument("--db", metavar="URL", help=db_help)

    facts = subparsers.add_parser("facts", help="review facts drafted from ingested articles")
    actions = facts.add_subparsers(dest="facts_command", metavar="ACTION", required=True)
    review = actions.add_parser("review", help="list pending drafts, show one, approve or reject it")
    review.add_argument("draft", nargs="?", type=int, metavar="DRAFT", help="the draft's number")
    decision = review.add_mutually_exclusive_group()
    decision.add_argument("--approve", action="store_true", help="import the draft's facts (needs DRAFT)")
    decision.add_argument("--reject", action="store_true", help="discard the draft (needs DRAFT)")
    chosen = review.add_mutually_exclusive_group()
    chosen.add_argument("--drop", type=int, nargs="+", default=[], metavar="FACT", help="facts not to import")
    chosen.add_argument("--keep", type=int, nargs="+", metavar="FACT", help="import only these facts")
    review.add_argument(
        "--min-confidence",
        type=confidence,
        default=DEFAULT_MIN_CONFIDENCE,
        metavar="X",
        help=f"with --approve, skip facts below X, 0-1 (default {DEFAULT_MIN_CONFIDENCE})",
    )
    review.add_argument("--all", action="store_true", help="list decided drafts too")
    review.add_argument("--json", action="store_true", help="print JSON")
    review.add_argument("--db", metavar="URL", help=db_help)
    review.set_defaults(command_parser=review)  # a decision without a DRAFT is refused with review's usage

    add = actions.add_parser(
        "add",
        help="add or correct one fact by hand, stored with you as its source",
        description=f"Add one fact by hand. Forms: {USAGE}",
    )
    add.add_argument(
        "fact", nargs="+", metavar="WORD", help='e.g. premiere "Heartstopper" season 4 2026-05-01 Netflix'
    )
    add.add_argument("--by", required=True, metavar="NAME", help="who states the fact (shown as its source)")
    add.add_argument(
        "--replace",
        action="store_true",
        help="correct a credit: it replaces the show's other credits of that role (for director: of that "
        "season; for cast: that character's actor); a date or network is corrected by adding it again",
    )
    add.add_argument("--db", metavar="URL", help=db_help)
