"""Generated fan questions about the seed facts, scored by form, on a fresh database holding only the seed.

    .venv/bin/python -m benchmarks.fan_generated [--seed N] [--per-form K] [--form PREFIX] [--verbose]
                                                 [--write FILE]

Questions are made from the seed records (benchmarks/generated_facts.py reads the seed file itself), in many
phrasings per form: yes/no checks (true and false), comparisons, two-hop chains, missing facts. Expected
answers are computed from the facts by the generator, never by Marquee's code. The same seed gives the same
questions. Replies come from `bot.cli_ask.ask_batch`, the code behind `marquee ask --batch --json`.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import random
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.fan_questions import judge
from benchmarks.generated_chains import all_chains
from benchmarks.generated_checks import all_checks
from benchmarks.generated_compare import all_comparisons
from benchmarks.generated_facts import load_seed
from benchmarks.generated_forms import Item
from benchmarks.generated_fresh import fresh_items
from benchmarks.generated_missing import missing_facts
from benchmarks.generated_more import all_more
from bot.cli_ask import ask_batch
from intents.text import fold


def generate(seed: int = 8, per_form: int = 6) -> list[Item]:
    """The generated questions, reproducible from the seed; per_form phrasings per asserted fact at most."""
    rng = random.Random(seed)
    facts = load_seed()
    items = [
        *all_checks(facts, rng, per_form),
        *all_comparisons(facts, rng, per_form),
        *all_chains(facts, rng, per_form),
        *missing_facts(facts, rng, per_form),
        *all_more(facts, rng),
        *fresh_items(facts, rng, per_form),
    ]
    seen: set[str] = set()
    unique = []
    for it in items:
        if it["question"] not in seen:
            seen.add(it["question"])
            unique.append(it)
    return unique


def judge_generated(it: Item, reply: dict[str, Any]) -> tuple[bool, str]:
    """fan_questions' judge, plus the label a choice must not lead with and what a missing-fact reply
    gives after."""
    right, why = judge(it, reply)
    if not right:
        return right, why
    expect = it["expect"]
    text = fold(str(reply.get("text", "")))
    loser = expect.get("first_not")
    if loser and text.startswith(fold(loser)) and len(fold(loser)) >= len(fold(expect.get("first") or "")):
        return False, f"leads with {loser}"
    lacking = [v for v in expect.get("known") or [] if f" {fold(v)}" not in f" {text} "]
    if lacking:
        return False, f"gives not {lacking} after saying what is missing"
    return True, ""


async def run(items: list[Item]) -> list[tuple[Item, dict[str, Any], bool, str]]:
    """Ask every question, each in a conversation of its own, in a fresh database holding only the seed."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/seed.db"
        lines = [json.dumps({"question": i["question"], "now": f"{i['now']}T12:00:00+00:00"}) for i in items]
        out = io.StringIO()
        await ask_batch(url, lines, True, None, None, "UTC", out=out)
    replies = [json.loads(line) for line in out.getvalue().splitlines()]
    return [(i, r, *judge_generated(i, r)) for i, r in zip(items, replies, strict=True)]


def report(results: list[tuple[Item, dict[str, Any], bool, str]], verbose: bool) -> None:
    """Figures per form and per family (check, compare, chain, missing), then the misses when asked."""
    total, right = Counter[str](), Counter[str]()
    for it, _reply, ok, _why in results:
        for key in (it["group"], re.sub(r"_.*", "", it["group"]) + " (all)"):
            total[key] += 1
            right[key] += ok
    for key in sorted(total):
        print(f"{key:20} {right[key]:4}/{total[key]:<4} {100 * right[key] / total[key]:6.1f}%")
    n, r = len(results), sum(ok for *_, ok, _ in results)
    print(f"{'all':20} {r:4}/{n:<4} {100 * r / max(n, 1):6.1f}%")
    if verbose:
        for it, reply, ok, why in results:
            if not ok:
                print(f"- [{it['group']}] {it['question']!r}: {why}\n    -> {reply.get('text')}")


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--per-form", type=int, default=6)
    parser.add_argument("--form", help="only forms starting with this")
    parser.add_argument("--verbose", action="store_true", help="list the misses")
    parser.add_argument("--write", type=Path, help="also write the questions as JSON lines")
    args = parser.parse_args()
    items = generate(args.seed, args.per_form)
    if args.form:
        items = [i for i in items if i["group"].startswith(args.form)]
    if args.write:
        args.write.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    report(asyncio.run(run(items)), args.verbose)


if __name__ == "__main__":
    main()
