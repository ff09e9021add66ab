"""`marquee ingest FILE|-` and `marquee facts review`: articles in, draft facts out, an admin decides.

Their options are in bot/cli_ingest_args.py (read by `marquee --help` without importing the extractor); in
dispatch, bot/cli.py calls `run_ingest_command(args, url)` for the commands "ingest" and "facts".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from bot.draft_text import describe, draft_json, render_draft
from bot.fact_command import FactCommandError, parse_fact_command
from db.admin_facts import add_admin_facts
from db.drafts import DraftStatus
from db.importers.jsonl import FactError
from db.ingest_store import (
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

# `facts review` options that act on one draft: given without a DRAFT number they would be ignored.
_DECISION_OPTIONS = {"--approve": "approve", "--reject": "reject", "--drop": "drop", "--keep": "keep"}


def run_ingest_command(args: argparse.Namespace, url: str) -> int:
    """Run a parsed `ingest` or `facts review`; 0 on success, 1 when nothing could be done."""
    database = args.db or url
    if args.command == "ingest":
        return _ingest(args, database)
    if args.facts_command == "add":
        return _add(args, database)
    if args.draft is None:
        decided = [option for option, given in _DECISION_OPTIONS.items() if getattr(args, given)]
        if decided:
            args.command_parser.error(
                f"{decided[0]} needs a DRAFT number (list them with `marquee facts review`)"
            )
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
        removed = asyncio.run(_store_admin_facts(url, records, admin, args.replace))
    except FactError as exc:
        print(f"marquee facts add: {exc}; nothing was saved.", file=sys.stderr)
        return 1
    for record in records:
        print(f"Added: {describe(record)} (source: {admin})")
    if args.replace:
        print(f"Replaced: {removed} earlier credit(s).")
    return 0


async def _store_admin_facts(url: str, records: list[dict[str, Any]], admin: str, replace: bool) -> int:
    from db.bootstrap import open_database

    database = await open_database(url, seed=False)
    try:
        async with database.sessions.begin() as session:
            return await add_admin_facts(session, records, admin, replace=replace)
    finally:
        await database.close()


def _read(name: str) -> bytes:
    if name == "-":
        return read_article_bytes(sys.stdin.buffer)
    path = Path(name)
    if path.is_dir():
        raise IngestError(f"{name} is a folder; give the article's text file")
    if not path.exists():
        raise IngestError(f"no such file: {name}")
    if not path.is_file():  # a device, a pipe or a socket: its size says nothing and it may never end
        raise IngestError(
            f"{name} is not a regular file; give the article's text file (or - for standard input)"
        )
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise too_large(size)  # its real size, not the size of what a bounded read would return
    with path.open("rb") as handle:
        return read_article_bytes(handle)


def _ingest(args: argparse.Namespace, url: str) -> int:
    # Everything that can reject the input runs before the database is opened, so bad input changes nothing.
    try:
        text = decode_article(_read(args.file))
        extraction = extract_facts(text, args.published, getattr(args, "url", None))
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
