"""Conversations, scored turn by turn and by group, through the JSON-lines batch form with conversation ids.

    .venv/bin/python -m benchmarks.conversations [--set tune|holdout|probe|FILE ...] [--verbose] [--group G]
        [--seed-only]

Each conversation's turns share one conversation id, the way `marquee ask --batch --json` is checked from
outside. The database is the fan-question one (the seed plus nine own-words articles). Also counts the worst
kind of answer: a follow-up about a show Marquee doesn't know answered with another show's facts.
`--seed-only` asks, in a database holding only the seed article (what a fresh `marquee ask` holds), the
conversations none of whose turns names anything from the nine other articles: a writer who saw only the seed
article may pick one of their shows (Severance, say) as a show Marquee "doesn't know".
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import tempfile
from collections import Counter
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.fan_questions import DATA, about_seed_only, build_database, gold_only_names, judge
from bot.cli_ask import ask_batch


def load(names: list[str]) -> list[dict[str, Any]]:
    """Conversations from the named sets (tune, holdout, the dev probe) or files."""
    found: list[dict[str, Any]] = []
    for name in names:
        path = DATA / f"conversations_{name}.jsonl" if name in {"tune", "holdout", "probe"} else Path(name)
        found += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return found


Build = Callable[[str], Awaitable[None]]


async def run(conversations: list[dict[str, Any]], verbose: bool, build: Build = build_database) -> None:
    """Ask every turn in a database `build` makes, then print the share of right turns by group."""
    lines, turns = [], []
    for conv in conversations:
        now = f"{conv.get('now') or '2024-09-03'}T12:00:00+00:00"
        for turn in conv["turns"]:
            lines.append(json.dumps({"question": turn["question"], "conversation": conv["id"], "now": now}))
            turns.append((conv, turn))
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/conversations.db"
        await build(url)
        out = io.StringIO()
        await ask_batch(url, lines, True, None, None, "UTC", out=out)
    replies = [json.loads(line) for line in out.getvalue().splitlines()]
    total, right = Counter[str](), Counter[str]()
    leaks = 0
    misses: list[str] = []
    for (conv, turn), reply in zip(turns, replies, strict=True):
        ok, why = judge(turn, reply)
        group = str(conv.get("group", "?"))
        total[group] += 1
        right[group] += ok
        if (turn.get("expect") or {}).get("kind") == "unknown" and reply.get("kind") == "answer":
            leaks += 1
        if not ok:
            misses.append(f"- [{group} {conv['id']}] {turn['question']!r}: {why}\n    -> {reply.get('text')}")
    for group in sorted(total):
        print(f"{group:26} {right[group]:4}/{total[group]:<4} {100 * right[group] / total[group]:6.1f}%")
    n, r = sum(total.values()), sum(right.values())
    print(f"{'all turns':26} {r:4}/{n:<4} {100 * r / max(n, 1):6.1f}%")
    print(f"unknown-show follow-ups answered with another show's facts: {leaks}")
    if verbose:
        print("\n".join(misses))


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", nargs="+", default=["tune"], help="tune, holdout, probe, or JSONL files")
    parser.add_argument("--verbose", action="store_true", help="list the turns that went wrong")
    parser.add_argument("--group", help="only the conversations of this group")
    parser.add_argument(
        "--seed-only", action="store_true", help="seed-article database and conversations only"
    )
    args = parser.parse_args()
    conversations = [c for c in load(args.set) if args.group in (None, c.get("group"))]
    if not args.seed_only:
        asyncio.run(run(conversations, args.verbose))
        return
    gold_names = gold_only_names()
    conversations = [c for c in conversations if all(about_seed_only(t, gold_names) for t in c["turns"])]
    asyncio.run(run(conversations, args.verbose, partial(build_database, with_gold=False)))


if __name__ == "__main__":
    main()
