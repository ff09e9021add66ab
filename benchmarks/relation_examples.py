"""Writes intents/relation_examples.jsonl: writers' tune and dev questions labelled with the intent that
answered them right, for the relation model's training (intents/relation_training.py).

    .venv/bin/python -m benchmarks.relation_examples [--check]

The questions are the one-relation groups (plain, shorthand, chatter, typo, out-yet, missing) of the tune
and dev-writers fan question sets, about the seed article only (`--seed-only`'s filter), asked in a seed-only
database with the model turned off; a question is kept when its reply is an answer the writer's expectation
judges right, and its label is the intent that answered it; a question parser_choice evaluates on is left out.
The held-out sets are never read. The file is data the project ships: training reads it, this script only
refreshes it (after a tune set grows). `--check` writes nothing: it says how many labels would change and
exits 1 when the shipped file is out of date.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
from pathlib import Path

from benchmarks.fan_questions import DATA, about_seed_only, gold_only_names, load_items, run
from benchmarks.parser_data import evaluation_set
from intents import relation_reading
from intents.collect import default_intents
from intents.relation_phrasings import EXAMPLES, training_set
from intents.relation_training import SEED
from intents.text import fold

GROUPS = frozenset({"plain", "shorthand", "chatter", "typo", "outyet", "missing"})


def tuned_sets() -> list[str]:
    """The tune set and every dev-writers set, in name order."""
    dev = sorted(str(p) for p in DATA.glob("fan_questions_dev_writers*.jsonl"))
    return [str(DATA / "fan_questions_tune.jsonl"), *dev]


def main() -> int:
    """Command line entry: refresh the file, or with --check say whether it is current."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when the file would change"
    )
    args = parser.parse_args()
    relation_reading.MARGIN = math.inf  # the labels are the rules' own decisions, never the model's
    gold_names = gold_only_names()
    items = [
        i for i in load_items(tuned_sets()) if i.get("group") in GROUPS and about_seed_only(i, gold_names)
    ]
    verdicts = asyncio.run(run(items, with_gold=False))
    known = {intent.name for intent in default_intents()}  # not a composed answer's own label ("missing")
    # parser_choice scores the model on the EVALUATE questions: none of them may be trained on.
    evaluated = {fold(q) for q, _ in evaluation_set(SEED, training=training_set(SEED))}
    kept: dict[str, str] = {}
    for verdict in verdicts:
        intent = verdict.reply.get("intent")
        if fold(str(verdict.item["question"])) in evaluated:
            continue
        if verdict.right and verdict.reply.get("kind") == "answer" and intent in known:
            kept.setdefault(str(verdict.item["question"]), intent)
    lines = [json.dumps({"question": q, "intent": i}, ensure_ascii=False) for q, i in kept.items()]
    if args.check:
        shipped = Path(EXAMPLES).read_text(encoding="utf-8").splitlines()
        changed = len(set(shipped) ^ set(lines))
        print(f"{len(kept)} of {len(items)} questions labelled; {changed} lines differ from {EXAMPLES}")
        return 1 if changed else 0
    Path(EXAMPLES).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} of {len(items)} questions labelled -> {EXAMPLES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
