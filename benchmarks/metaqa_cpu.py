"""CPU per question on MetaQA straight through `QuestionEngine.answer`, for A/B runs of two checkouts.

    PYTHONPATH=. .venv/bin/python -m benchmarks.metaqa_cpu --db /tmp/metaqa.db [--hops 1]
        [--half tuned|untuned|spread] [--limit 1500] [--calls]

The KB is imported into `--db` once (a later run reuses it, so two checkouts can share one file); then the
first `--limit` questions of the half are answered once each, with and without their [brackets], after the
same warm-up as `metaqa.py`. The dev files are sorted by question type, so the first questions of a half
are of one or two types; `--half spread` takes `--limit` questions evenly spaced over the whole split, every
type in its share (the mix a test split has). Prints CPU p50/p90/p99/mean in ms (thread time: waiting for a
core is left out), or with `--calls` the Python calls per question (cProfile), which machine load does not
change. Run both checkouts at the same time on a shared machine: they then see the same load.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import re
import time
from pathlib import Path

from benchmarks.metaqa import HALVES, SHARED, SPLITS, WARM_UP, Question, load_questions
from bot.cli_ask import close, open_engine
from db.bootstrap import open_database
from db.importers.catalog import import_triples
from intents.query import Conversation

_BRACKETS = re.compile(r"\[([^\]]*)\]")


async def run(args: argparse.Namespace) -> str:
    """Answer the questions and describe their cost in one line."""
    url = f"sqlite+aiosqlite:///{args.db}"
    if not args.db.exists():
        database = await open_database(url)
        try:
            await import_triples(database.sessions, args.shared / "kb.txt", progress=False)
        finally:
            await database.close()
    questions = _chosen_questions(args)
    texts = [q.text for q in questions] + [_BRACKETS.sub(r"\1", q.text) for q in questions]
    opened, engine = await open_engine(url, None)
    try:
        await engine.answer(texts[0], Conversation(), tz="UTC")
        engine.warm_up()
        for text in texts[:WARM_UP]:
            await engine.answer(text, Conversation(), tz="UTC")
        if args.calls:
            profile = cProfile.Profile()
            profile.enable()
            for text in texts:
                await engine.answer(text, Conversation(), tz="UTC")
            profile.disable()
            calls = pstats.Stats(profile).total_calls  # type: ignore[attr-defined]
            return f"n={len(texts)} python calls per question {calls / len(texts):.0f}"
        spent = []
        for text in texts:
            began = time.thread_time()
            await engine.answer(text, Conversation(), tz="UTC")
            spent.append(time.thread_time() - began)
    finally:
        await close(opened)
    spent.sort()

    def ms(p: float) -> str:
        return f"{1000 * spent[min(len(spent) - 1, int(p / 100 * len(spent)))]:.3f}"

    mean = 1000 * sum(spent) / len(spent)
    return f"n={len(spent)} cpu ms p50={ms(50)} p90={ms(90)} p99={ms(99)} mean={mean:.3f}"


def _chosen_questions(args: argparse.Namespace) -> list[Question]:
    """The first `--limit` questions of a half, or (`spread`) as many evenly spaced over both halves."""
    if args.half != "spread":
        return load_questions(args.shared, args.hops, args.half, args.limit)
    every = [q for half in HALVES for q in load_questions(args.shared, args.hops, half, None)]
    step = max(1, len(every) // max(1, args.limit))
    return every[::step][: args.limit]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True, help="SQLite file holding the imported KB")
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder with kb.txt and the dev files")
    parser.add_argument("--hops", choices=list(SPLITS), default="1")
    parser.add_argument("--half", choices=(*HALVES, "spread"), default="tuned")
    parser.add_argument("--limit", type=int, default=1500, help="the first N questions of the half")
    parser.add_argument("--calls", action="store_true", help="count Python calls instead of timing")
    args = parser.parse_args()
    if not (args.shared / "kb.txt").is_file():
        print(f"skipped: MetaQA data not found at {args.shared}")
        return 0
    print(asyncio.run(run(args)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
