"""Questions wrapped in chatter: bare tune questions answered right, put in writers' wrappers, stay right.

    .venv/bin/python -m benchmarks.chatter_sweep [--questions N] [--seed S] [--verbose] [--group G]

The wrappers (benchmarks/data/chatter_wrappers_{dev,held}.jsonl, lines {"id", "wrapper"} with one "{Q}" slot)
were written by a writer who saw no code: greetings, apologies, life stories, opinions, emoji, sign-offs
around a question. The questions come from benchmarks/data/fan_questions_tune.jsonl (never the holdout),
lower-cased and without their final "?" as a fan types them mid-sentence; only those Marquee answers right
bare are kept. A fixed-seed sample of them fills every wrapper; each wrapped question is judged with the
original's `expect` (benchmarks.fan_questions.judge). Dev and held figures print apart; `--verbose` lists
dev misses only (held lines are never printed, so nobody tunes on them).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
sys.path.insert(0, str(ROOT))

from benchmarks.fan_questions import build_database, judge, load_items  # noqa: E402
from bot.cli_ask import ask_batch  # noqa: E402

Half = Literal["dev", "held"]
HALVES: tuple[Half, ...] = ("dev", "held")
# Groups whose questions are ordinary questions a fan could wrap in talk: "chatter" is wrapped already,
# a "command" ("!cast hs") must start the message.
_LEFT_OUT = frozenset({"chatter", "command"})


@dataclass(frozen=True)
class Wrapped:
    """One bare question filled into one wrapper."""

    item: dict[str, Any]
    half: Half
    wrapper_id: str
    question: str


def bare(question: str) -> str:
    """The question as typed mid-sentence: lower case, without its final question mark."""
    return question.strip().lower().rstrip("?").rstrip()


def load_wrappers(half: Half) -> list[dict[str, str]]:
    """One half's wrappers, each with exactly one {Q} slot."""
    path = DATA / f"chatter_wrappers_{half}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if str(r["wrapper"]).count("{Q}") == 1]


async def _ask(url: str, items: list[dict[str, Any]], questions: list[str]) -> list[dict[str, Any]]:
    lines = [
        json.dumps({"question": q, "now": f"{i.get('now') or '2024-09-03'}T12:00:00+00:00"})
        for i, q in zip(items, questions, strict=True)
    ]
    out = io.StringIO()
    await ask_batch(url, lines, True, None, None, "UTC", out=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


async def run(
    items: list[dict[str, Any]], count: int, seed: int
) -> tuple[int, list[tuple[Wrapped, dict[str, Any], bool, str]]]:
    """Ask the bare questions, sample `count` of those right, ask them wrapped: (sampled, verdicts)."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/chatter.db"
        await build_database(url)
        replies = await _ask(url, items, [bare(str(i["question"])) for i in items])
        right = [i for i, r in zip(items, replies, strict=True) if judge(i, r)[0]]
        sample = random.Random(seed).sample(right, min(count, len(right)))
        wrapped = [
            Wrapped(item, half, str(w["id"]), str(w["wrapper"]).replace("{Q}", bare(str(item["question"]))))
            for half in HALVES
            for w in load_wrappers(half)
            for item in sample
        ]
        answers = await _ask(url, [w.item for w in wrapped], [w.question for w in wrapped])
    return len(sample), [(w, a, *judge(w.item, a)) for w, a in zip(wrapped, answers, strict=True)]


def report(sampled: int, verdicts: list[tuple[Wrapped, dict[str, Any], bool, str]], verbose: bool) -> None:
    """Figures per half (all, then by question group); with `verbose`, the dev misses."""
    print(f"{sampled} bare questions answered right, each filled into every wrapper:")
    for half in HALVES:
        total, right = Counter[str](), Counter[str]()
        for wrapped, _answer, ok, _why in verdicts:
            if wrapped.half == half:
                group = str(wrapped.item.get("group", "?"))
                total[group] += 1
                right[group] += ok
        n, r = sum(total.values()), sum(right.values())
        print(f"{half:5} {'all':10} {r:5}/{n:<5} {100 * r / max(n, 1):6.1f}%")
        for group in sorted(total):
            share = 100 * right[group] / total[group]
            print(f"{'':5} {group:10} {right[group]:5}/{total[group]:<5} {share:6.1f}%")
    if verbose:
        for wrapped, answer, ok, why in verdicts:
            if not ok and wrapped.half == "dev":
                print(
                    f"- [{wrapped.wrapper_id}/{wrapped.item.get('group')}] {wrapped.question!r}: {why}\n"
                    f"    -> {answer.get('text')}"
                )


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=40, help="bare questions sampled")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    parser.add_argument("--group", help="only questions of this group")
    parser.add_argument("--verbose", action="store_true", help="list the dev misses")
    args = parser.parse_args()
    items = [i for i in load_items(["tune"]) if i.get("group") not in _LEFT_OUT]
    if args.group:
        items = [i for i in items if i.get("group") == args.group]
    report(*asyncio.run(run(items, args.questions, args.seed)), args.verbose)


if __name__ == "__main__":
    main()
