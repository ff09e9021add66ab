"""`marquee ingest FILE|-` and `marquee facts review`: articles in, draft facts out, an admin decides.

Wire into bot/cli.py with `add_ingest_parsers(sub)` and, in dispatch, `run_ingest_command(args, url)` for the
commands "ingest" and "facts".
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from bot.draft_text import describe, draft_json, render_draft
from bot.fact_command import USAGE, FactCommandError, parse_fact_command
from db.admin_facts import add_admin_facts
from db.drafts import DraftStatus
from db.importers.jsonl import FactError
from db.ingest_store import (
    DEFAULT_MIN_CONFIDENCE,
    DraftError,
    DraftView,
    already_imported,
    approve_draft,
    get_draft,
    list_drafts,
    reject_draft,
    save_draft,
)
from ingest import MAX_BYTES, IngestError, decode_article, extract_facts
from ingest.guard import read_article_bytes, too_large
from ingest.model import Extraction

COMMANDS = ("ingest", "facts")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from exc


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
        type=float,
        default=DEFAULT_MIN_CONFIDENCE,
        metavar="X",
        help=f"with --approve, import only facts at or above X (default {DEFAULT_MIN_CONFIDENCE})",
    )
    ingest.add_argument("--db", metavar="URL", help=db_help)

    facts = subparsers.add_parser("facts", help="review facts drafted from ingested articles")
    actions = facts.add_subparsers(dest="facts_command", metavar="ACTION", required=True)
    review = actions.add_parser("review", help="list pending drafts, show one, approve or reject it")
    review.add_argument("draft", nargs="?", type=int, metavar="DRAFT", help="the draft's number")
    decision = review.add_mutually_exclusive_group()
    decision.add_argument("--approve", action="store_true", help="import the draft's facts")
    decision.add_argument("--reject", action="store_true", help="discard the draft")
    chosen = review.add_mutually_exclusive_group()
    chosen.add_argument("--drop", type=int, nargs="+", default=[], metavar="FACT", help="facts not to import")
    chosen.add_argument("--keep", type=int, nargs="+", metavar="FACT", help="import only these facts")
    review.add_argument(
        "--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE, metavar="X", help="skip facts below X"
    )
    review.add_argument("--all", action="store_true", help="list decided drafts too")
    review.add_argument("--json", action="store_true", help="print JSON")
    review.add_argument("--db", metavar="URL", help=db_help)

    add = actions.add_parser(
        "add",
        help="add or correct one fact by hand, stored with you as its source",
        description=f"Add one fact by hand. Forms: {USAGE}",
    )
    add.add_argument(
        "fact", nargs="+", metavar="WORD", help='e.g. premiere "Heartstopper" season 4 2026-05-01 Netflix'
    )
    add.add_argument("--by", required=True, metavar="NAME", help="who states the fact (shown as its source)")
    add.add_argument("--db", metavar="URL", help=db_help)


def run_ingest_command(args: argparse.Namespace, url: str) -> int:
    """Run a parsed `ingest` or `facts review`; 0 on success, 1 when nothing could be done."""
    database = args.db or url
    if args.command == "ingest":
        return _ingest(args, database)
    if args.facts_command == "add":
        return _add(args, database)
    return asyncio.run(_review(args, database))


def _add(args: argparse.Namespace, url: str) -> int:
    try:
        records = parse_fact_command(args.fact)
    except FactCommandError as exc:
        print(f"marquee facts add: {exc}; nothing was saved.", file=sys.stderr)
        return 1
    admin = " ".join(args.by.split())
    if not admin:
        print("marquee facts add: --by needs a name; nothing was saved.", file=sys.stderr)
        return 1
    try:
        asyncio.run(_store_admin_facts(url, records, admin))
    except FactError as exc:
        print(f"marquee facts add: {exc}; nothing was saved.", file=sys.stderr)
        return 1
    for record in records:
        print(f"Added: {describe(record)} (source: {admin})")
    return 0


async def _store_admin_facts(url: str, records: list[dict[str, Any]], admin: str) -> None:
    from db.bootstrap import open_database

    database = await open_database(url, seed=False)
    try:
        async with database.sessions.begin() as session:
            await add_admin_facts(session, records, admin)
    finally:
        await database.close()


def _read(name: str) -> bytes:
    if name == "-":
        return read_article_bytes(sys.stdin.buffer)
    path = Path(name)
    if path.is_dir():
        raise IngestError(f"{name} is a folder; give the article's text file")
    if not path.is_file():
        raise IngestError(f"no such file: {name}")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise too_large(size)  # its real size, not the size of what a bounded read would return
    with path.open("rb") as handle:
        return read_article_bytes(handle)


def _ingest(args: argparse.Namespace, url: str) -> int:
    # Everything that can reject the input runs before the database is opened, so bad input changes nothing.
    try:
        text = decode_article(_read(args.file))
        extraction = extract_facts(text, args.published)
    except IngestError as exc:
        print(f"marquee ingest: {exc}; nothing was saved.", file=sys.stderr)
        return 1
    if not extraction.has_stated_facts():
        print(
            "marquee ingest: no facts about a show were found in the article; nothing was saved.",
            file=sys.stderr,
        )
        return 1
    return asyncio.run(_store(args, url, extraction))


async def _store(args: argparse.Namespace, url: str, extraction: Extraction) -> int:
    from db.bootstrap import open_database

    database = await open_database(url, seed=False)
    try:
        async with database.sessions.begin() as session:
            if await already_imported(session, extraction):
                print("This article was already imported; nothing changed.")
                return 0
            draft = await save_draft(session, extraction, args.outlet, args.url)
            outcome = None
            if args.approve and draft.status == DraftStatus.PENDING.value:
                try:
                    await approve_draft(session, draft.id, min_confidence=args.min_confidence)
                except DraftError:
                    # Another ingest of this very article approved it first: nothing left to do.
                    print("This article was already imported; nothing changed.")
                    return 0
                draft = await get_draft(session, draft.id)
                outcome = draft.outcome
    finally:
        await database.close()
    if args.json:
        print(json.dumps(draft_json(draft, extraction.problems), ensure_ascii=False, indent=2))
    else:
        print(render_draft(draft, with_sentences=not args.approve))
        for problem in extraction.problems:
            print(f"  note: {problem}")
        if outcome:
            print(f"Approved: {outcome}.")
        elif draft.status == DraftStatus.PENDING.value:
            print(
                f"Review: marquee facts review {draft.id}   "
                f"Approve: marquee facts review {draft.id} --approve"
            )
    return 0


async def _review(args: argparse.Namespace, url: str) -> int:
    from db.bootstrap import open_database

    database = await open_database(url, seed=False)
    try:
        async with database.sessions.begin() as session:
            if args.draft is None:
                drafts = await list_drafts(session, None if args.all else DraftStatus.PENDING)
                _print_list(drafts, args.json)
                return 0
            if args.approve:
                drop = args.drop
                if args.keep is not None:
                    # "--keep 3 5": every other fact of the draft is dropped.
                    facts = (await get_draft(session, args.draft)).facts
                    unknown = set(args.keep) - {f.id for f in facts}
                    if unknown:
                        raise DraftError(
                            f"draft #{args.draft} has no fact(s) {', '.join(map(str, sorted(unknown)))}"
                        )
                    drop = [f.id for f in facts if f.id not in args.keep]
                await approve_draft(session, args.draft, drop, args.min_confidence)
            elif args.reject:
                await reject_draft(session, args.draft)
            draft = await get_draft(session, args.draft)
    except DraftError as exc:
        print(f"marquee facts review: {exc}", file=sys.stderr)
        return 1
    finally:
        await database.close()
    if args.json:
        print(json.dumps(draft_json(draft, ()), ensure_ascii=False, indent=2))
    else:
        print(render_draft(draft, with_sentences=not (args.approve or args.reject)))
        if args.approve and draft.outcome:
            print(f"Approved: {draft.outcome}.")
    return 0


def _print_list(drafts: list[DraftView], as_json: bool) -> None:
    if as_json:
        print(json.dumps([draft_json(d, (), with_facts=False) for d in drafts], ensure_ascii=False, indent=2))
        return
    if not drafts:
        print("No drafts waiting for review.")
        return
    for d in drafts:
        when = d.published_on.isoformat() if d.published_on else "undated"
        print(f"#{d.id:<4} {d.status:9} {len(d.facts):3} facts  {when}  {d.main_show or '?'}: {d.title[:70]}")
