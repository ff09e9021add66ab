"""Fan questions, scored by group: the seed article plus nine own-words articles' gold facts in one database.

    .venv/bin/python -m benchmarks.fan_questions [--set tune|holdout|FILE ...] [--verbose] [--group G]
        [--seed-only] [--db URL]

The question sets (benchmarks/data/fan_questions_*.jsonl) were written by writers who saw the facts, never
the code. `tune` is what the team tunes on; `holdout` is reported and never tuned on. Each line has a
`question`, the day it is asked (`now`) and what a right reply holds (`expect`: kind, the yes/no it starts
with, strings it must and must not contain). Questions go through `bot.cli_ask.ask_batch` in JSON-lines
form, the code behind `marquee ask --batch --json`. `--seed-only` asks, in a database holding only the seed
article (what a fresh `marquee ask` holds), the questions that name nothing from the nine other articles.
`--db URL` asks in that database as it stands (the film catalog, DEVELOPERS.md "Catalog questions over several
hops"); lines marked `"catalog": true` ask about catalog films and are asked only then.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
GOLD = ROOT / "tests" / "ingest_data" / "gold"
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from bot.cli_ask import ask_batch  # noqa: E402
from db.bootstrap import open_database  # noqa: E402
from db.importers.jsonl import import_fact_lines  # noqa: E402
from intents.text import fold  # noqa: E402

# A reply that admits not knowing, in its first sentence.
_DONT_KNOW = re.compile(
    r"\b(don ?t|do not|doesn ?t|does not|haven ?t|have not|isn ?t|not (?:been )?(?:announced|confirmed|"
    r"reported|known)|no (?:facts|information|word|news|record|details?|score|date)|unknown|not sure)\b"
)


def gold_fact_lines() -> list[str]:
    """The nine own-words articles' gold facts as fact-file lines, each article first."""
    lines: list[str] = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = {
            "type": "article",
            "key": f"gold-{path.stem}",
            "outlet": "Own-words test article",
            "title": f"{gold['main_show']} ({path.stem})",
            "url": None,
            "published": gold["published"],
        }
        lines.append(json.dumps(article))
        lines.extend(json.dumps(fact) for fact in gold["facts"])
    return lines


async def build_database(url: str, with_gold: bool = True) -> None:
    """Migrate, seed, and (unless seed only) import the gold facts."""
    database = await open_database(url)
    try:
        if with_gold:
            async with database.sessions.begin() as session:
                await import_fact_lines(session, gold_fact_lines())
    finally:
        await database.close()


_ORDINARY_WORDS = frozenset({"got", "as", "at", "am", "an", "it", "is", "to", "do", "so", "or", "no"})


def gold_only_names() -> set[str]:
    """Folded names only the gold articles hold: titles (with and without "the"), their acronyms and short
    forms, people, characters and their surnames."""
    # ../shared beside the main checkout, or two levels up from a worktree (/work/wt/NAME).
    shared = next(
        (p / "shared" for p in ROOT.parents if (p / "shared" / "seed").is_dir()), ROOT.parent / "shared"
    )
    seed = fold((shared / "seed" / "heartstopper-s3-article.txt").read_text(encoding="utf-8"))
    names: set[str] = set()
    for path in GOLD.glob("*.json"):
        for fact in json.loads(path.read_text(encoding="utf-8"))["facts"]:
            for key in ("title", "show", "person", "character"):
                value = fact.get(key)
                if not isinstance(value, str) or f" {fold(value)} " in f" {seed} ":
                    continue
                words = fold(value).split()
                names.add(" ".join(words))
                if key in ("person", "character"):  # "lamb", "oldman"
                    names.update(w for w in words[1:] if len(w) >= 4 and f" {w} " not in f" {seed} ")
                    continue
                bare = words[1:] if words[0] == "the" and len(words) > 1 else words
                names.add(" ".join(bare))  # "wheel of time"
                if len(bare) >= 2:  # "cr", "wot", "tlou", but not an ordinary word ("got")
                    acronyms = {"".join(w[0] for w in bare), "".join(w[0] for w in words)}
                    names.update(acronyms - _ORDINARY_WORDS)
                elif len(bare[0]) >= 7:  # "sev"
                    names.add(bare[0][:3])
    return names


def about_seed_only(item: dict[str, Any], gold_names: set[str]) -> bool:
    """True when neither the question nor its expected strings name (even misspelt) anything only the gold
    articles hold, and the writer did not expect a "which show?" (one show has no rival to ask about)."""
    expect = item.get("expect") or {}
    if expect.get("kind") == "clarify":
        return False
    said = [item["question"], *(expect.get("all") or []), *(expect.get("any") or [])]
    words = f" {fold(' '.join(str(x) for x in said))} "
    for name in gold_names:
        if f" {name} " in words or f" {name}s " in words:
            return False
        if len(name) >= 6 and fuzz.partial_ratio(name, words) >= 86:  # "carnaval row", "severnace"
            return False
    return True


@dataclass(frozen=True)
class Verdict:
    """One question's outcome."""

    item: dict[str, Any]
    reply: dict[str, Any]
    right: bool
    why: str


def _has(text: str, value: str) -> bool:
    # A prefix of a word counts ("Stellan Skarsg" for "Stellan Skarsgård", folded to "skarsgard").
    return f" {fold(value)}" in f" {fold(text)} "


def judge(item: dict[str, Any], reply: dict[str, Any]) -> tuple[bool, str]:
    """Is the reply right for what the writer expected? Returns (right, reason when wrong)."""
    expect: dict[str, Any] = item.get("expect") or {}
    kind = expect.get("kind", "answer")
    text = str(reply.get("text", ""))
    first_sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if kind == "unknown":
        if reply.get("kind") != "unknown" and not _DONT_KNOW.search(fold(first_sentence).replace("'", "")):
            return False, "should say it has no facts"
    elif kind == "dont_know":
        if not _DONT_KNOW.search(first_sentence.lower().replace("'", " ").replace("’", " ")):
            return False, "should say it doesn't know first"
        text = first_sentence
    elif kind == "clarify":
        return reply.get("kind") == "clarify", "should ask which was meant"
    elif kind == "any":
        pass  # any kind of reply will do; only "none" is checked (everyday talk must not become a title)
    elif reply.get("kind") != "answer":
        return False, f"kind {reply.get('kind')}"
    first = expect.get("first")
    if first and not fold(text).startswith(fold(str(first))):
        return False, f"should start with {first}"
    missing = [v for v in expect.get("all") or [] if not _has(text, str(v))]
    if missing:
        return False, f"lacks {missing}"
    anyof = expect.get("any") or []
    if anyof and not any(_has(text, str(v)) for v in anyof):
        return False, f"lacks any of {anyof}"
    wrong = [v for v in expect.get("none") or [] if _has(text, str(v))]
    if wrong:
        return False, f"holds {wrong}"
    return True, ""


def load_items(names: list[str]) -> list[dict[str, Any]]:
    """Questions from the named sets (tune, holdout) or files."""
    items: list[dict[str, Any]] = []
    for name in names:
        path = DATA / f"fan_questions_{name}.jsonl" if name in {"tune", "holdout"} else Path(name)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


async def run(items: list[dict[str, Any]], with_gold: bool = True, db: str | None = None) -> list[Verdict]:
    """Ask every question in a fresh database (or in `db` as it stands); one conversation per question."""
    with tempfile.TemporaryDirectory() as tmp:
        url = db or f"sqlite+aiosqlite:///{tmp}/fans.db"
        if db is None:
            await build_database(url, with_gold)
        lines = [
            json.dumps({"question": i["question"], "now": f"{i.get('now') or '2024-09-03'}T12:00:00+00:00"})
            for i in items
        ]
        out = io.StringIO()
        await ask_batch(url, lines, True, None, None, "UTC", out=out)
    replies = [json.loads(line) for line in out.getvalue().splitlines()]
    return [Verdict(i, r, *judge(i, r)) for i, r in zip(items, replies, strict=True)]


def report(verdicts: list[Verdict], verbose: bool) -> None:
    """Print the figures by group, then the misses when asked."""
    total, right = Counter[str](), Counter[str]()
    for v in verdicts:
        group = str(v.item.get("group", "?"))
        total[group] += 1
        right[group] += v.right
    for group in sorted(total):
        print(f"{group:12} {right[group]:4}/{total[group]:<4} {100 * right[group] / total[group]:6.1f}%")
    n, r = sum(total.values()), sum(right.values())
    print(f"{'all':12} {r:4}/{n:<4} {100 * r / max(n, 1):6.1f}%")
    if verbose:
        for v in verdicts:
            if not v.right:
                print(
                    f"- [{v.item.get('group')}] {v.item['question']!r}: {v.why}\n    -> {v.reply.get('text')}"
                )


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="+", default=["tune"], help="tune, holdout, or JSONL files")
    parser.add_argument("--group", help="only this group")
    parser.add_argument("--verbose", action="store_true", help="list the misses")
    parser.add_argument("--seed-only", action="store_true", help="seed-article database and questions only")
    parser.add_argument("--db", help="ask in this database URL as it stands (catalog questions only then)")
    args = parser.parse_args()
    # Catalog questions name films only a catalog database holds; the built databases hold none.
    items = [i for i in load_items(args.set) if bool(i.get("catalog")) == (args.db is not None)]
    if args.group:
        items = [i for i in items if i.get("group") == args.group]
    if args.seed_only:
        gold_names = gold_only_names()
        items = [i for i in items if about_seed_only(i, gold_names)]
    report(asyncio.run(run(items, with_gold=not args.seed_only, db=args.db)), args.verbose)


if __name__ == "__main__":
    main()
