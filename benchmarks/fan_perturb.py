"""Robustness to how fans type: every tune question answered right, rewritten in seeded ways, must stay right.

    .venv/bin/python -m benchmarks.fan_perturb [--db full|seed] [--seed S] [--count N] [--kind K] [--verbose]

The variants (benchmarks.perturbations) misspell a name or a relation word, drop apostrophes, shout, whisper,
strip punctuation, wrap the question in chatter or a polite paragraph, or use fans' words (szn, eps, rn). A
variant is right when the reply still meets the original question's `expect`. `--db seed` asks on a database
holding only the seed Heartstopper article (questions it cannot answer are left out); `full` adds the gold
articles, as benchmarks.fan_questions does. Built from the tune half only: the holdout half is never read.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.fan_questions import build_database, judge, load_items  # noqa: E402
from benchmarks.perturbations import Kind, variants  # noqa: E402
from bot.cli_ask import ask_batch, close, open_engine  # noqa: E402
from db.bootstrap import open_database  # noqa: E402
from intents.known_words import DOMAIN_WORDS  # noqa: E402
from intents.text import STOPWORDS  # noqa: E402

# Kinds that put words before a question: a command ("!cast hs") must start the message.
# and without its "!" it is no command.
_NOT_FOR_COMMANDS = frozenset({Kind.CHATTER_BEFORE, Kind.POLITE, Kind.FAN_WORDS, Kind.NO_PUNCT, Kind.COMBO})


@dataclass(frozen=True)
class Variant:
    """One rewritten question and the item it came from."""

    item: dict[str, Any]
    kind: Kind
    question: str


async def _ask(url: str, items: list[dict[str, Any]], questions: list[str]) -> list[dict[str, Any]]:
    lines = [
        json.dumps({"question": q, "now": f"{i.get('now') or '2024-09-03'}T12:00:00+00:00"})
        for i, q in zip(items, questions, strict=True)
    ]
    out = io.StringIO()
    await ask_batch(url, lines, True, None, None, "UTC", out=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


async def name_words(url: str) -> frozenset[str]:
    """Folded words of the shows', people's and characters' names the database knows (shorthands left out)."""
    database, engine = await open_engine(url)
    try:
        known = engine.vocabulary | STOPWORDS | DOMAIN_WORDS
        return frozenset(
            word
            for key, refs in engine.index.names.items()
            if any(r.kind in ("show", "person", "character") and not r.weak for r in refs)
            for word in key.split()
            if word not in known and not word.isdigit()
        )
    finally:
        await close(database)


def derive(
    items: list[dict[str, Any]], words: frozenset[str], kinds: list[Kind], seed: int, count: int
) -> list[Variant]:
    """Every question's variants of each kind, reproducibly."""
    out: list[Variant] = []
    for item in items:
        question = str(item["question"])
        for kind in kinds:
            if kind in _NOT_FOR_COMMANDS and question[:1] in "!/":
                continue
            key = f"{seed}/{item.get('id', question)}"
            out.extend(Variant(item, kind, v) for v in variants(question, words, kind, key, count))
    return out


async def run(
    items: list[dict[str, Any]], db: str, kinds: list[Kind], seed: int, count: int
) -> tuple[int, list[tuple[Variant, dict[str, Any], bool, str]]]:
    """Ask the originals, then the variants of those answered right. Returns (originals right, verdicts)."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/perturb.db"
        if db == "full":
            await build_database(url)
        else:
            await (await open_database(url)).close()
        replies = await _ask(url, items, [str(i["question"]) for i in items])
        right = [i for i, r in zip(items, replies, strict=True) if judge(i, r)[0]]
        derived = derive(right, await name_words(url), kinds, seed, count)
        answers = await _ask(url, [v.item for v in derived], [v.question for v in derived])
    verdicts = [(v, a, *judge(v.item, a)) for v, a in zip(derived, answers, strict=True)]
    return len(right), verdicts


def report(originals: int, verdicts: list[tuple[Variant, dict[str, Any], bool, str]], verbose: bool) -> None:
    """Robustness by perturbation kind, then (verbose) the variants that went wrong."""
    total, right = Counter[str](), Counter[str]()
    for variant, _answer, ok, _why in verdicts:
        total[variant.kind.value] += 1
        right[variant.kind.value] += ok
    print(f"{originals} questions answered right; their variants still right:")
    for kind in sorted(total):
        print(f"{kind:15} {right[kind]:5}/{total[kind]:<5} {100 * right[kind] / total[kind]:6.1f}%")
    n, r = sum(total.values()), sum(right.values())
    print(f"{'all':15} {r:5}/{n:<5} {100 * r / max(n, 1):6.1f}%")
    if verbose:
        for variant, answer, ok, why in verdicts:
            if not ok:
                print(
                    f"- [{variant.kind.value}/{variant.item.get('group')}] {variant.question!r} "
                    f"(from {variant.item['question']!r}): {why}\n    -> {answer.get('text')}"
                )


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="+", default=["tune"], help="tune, or JSONL files (never holdout)")
    parser.add_argument(
        "--db", choices=["full", "seed"], default="full", help="gold articles too, or seed only"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the variants")
    parser.add_argument("--count", type=int, default=2, help="variants per question and kind")
    parser.add_argument("--kind", choices=[k.value for k in Kind], action="append", help="only these kinds")
    parser.add_argument("--group", help="only questions of this group")
    parser.add_argument("--verbose", action="store_true", help="list the variants that went wrong")
    args = parser.parse_args()
    if any("holdout" in name for name in args.set):
        parser.error("variants are derived from the tune half only")
    items = load_items(args.set)
    if args.group:
        items = [i for i in items if i.get("group") == args.group]
    kinds = [Kind(k) for k in args.kind] if args.kind else list(Kind)
    report(*asyncio.run(run(items, args.db, kinds, args.seed, args.count)), args.verbose)


if __name__ == "__main__":
    main()
