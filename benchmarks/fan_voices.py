"""Fans' voices dev probe: questions wrapped in chatter, two-hop chains, out-yet checks, shorthand and typos,
all about the seed article, asked in a database holding only the seed (what a fresh `marquee ask` holds).

    .venv/bin/python -m benchmarks.fan_voices [--set dev|fresh] [--group G] [--verbose]

`dev` (benchmarks/data/fan_voices_dev.jsonl) was written from the seed article's facts before the code that
reads them was looked at, and is tuned on. `fresh` (fan_voices_fresh.jsonl) was written the same way after
the fixes made on `dev`, and is not tuned on: it measures how far they generalise. Expected answers follow
the facts and the asking day (`now`), never Marquee's replies. Judged by fan_questions' judge.
"""

from __future__ import annotations

import argparse
import asyncio

from benchmarks.fan_questions import DATA, load_items, report, run

SETS = {"dev": DATA / "fan_voices_dev.jsonl", "fresh": DATA / "fan_voices_fresh.jsonl"}


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="the tuned set or the fresh one")
    parser.add_argument("--group", help="only this group")
    parser.add_argument("--verbose", action="store_true", help="list the misses")
    args = parser.parse_args()
    items = load_items([str(SETS[args.set])])
    if args.group:
        items = [i for i in items if i.get("group") == args.group]
    report(asyncio.run(run(items, with_gold=False)), args.verbose)


if __name__ == "__main__":
    main()
