"""Precision and recall of `extract_facts` per fact kind over the hand-written test articles.

Run: .venv/bin/python -m benchmarks.extraction [--verbose] [--dev] [--sets fresh ...] [--min-confidence X]

Each gold file lists the facts a careful reader would store (`facts`) and facts that are true but optional
(`also_ok`: extracting them is neither a hit nor a false positive). Facts are compared as small atoms
(a show's network, a credit's person/role/character, a director's seasons/episodes...) so one wrong field
costs one atom, not the whole record. --dev adds the held-back article(s) and, when ../shared is present,
the seed article (gold: db/seed/heartstopper-s3.jsonl). --sets names the sets explicitly (see SETS).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from ingest.extract import extract_facts
from ingest.names import strip_honorific
from ingest.records import to_fact_records

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "ingest_data"
SEED_ARTICLE = ROOT.parent / "shared" / "seed" / "heartstopper-s3-article.txt"
SEED_GOLD = ROOT / "db" / "seed" / "heartstopper-s3.jsonl"

Atom = tuple[str, tuple[Any, ...]]


def _norm(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFC", value).replace("’", "'").replace("“", '"').replace("”", '"')
    return strip_honorific(text.strip()).casefold()


def atoms(record: dict[str, Any]) -> list[Atom]:
    """The comparable atoms of one fact record."""
    kind = record.get("type")
    n = _norm
    if kind == "show":
        out: list[Atom] = [("show", (n(record["title"]),))]
        if record.get("network"):
            out.append(("network", (n(record["title"]), n(record["network"]))))
        return out
    if kind == "release":
        when = record.get("date") or record.get("year")
        out = [("release", (n(record["show"]), record.get("season"), str(when)))]
        if record.get("network"):
            out.append(("network", (n(record["show"]), n(record["network"]))))
        return out
    if kind == "season":
        key = (n(record["show"]), record["number"], record.get("through"), record.get("episodes"))
        return [("season", key)]
    if kind == "credit":
        role = record["role"]
        out = [(f"credit:{role}", (n(record["show"]), n(record["person"]), n(record.get("character"))))]
        if record.get("seasons") or record.get("episodes"):
            scope = (
                n(record["show"]),
                n(record["person"]),
                role,
                record.get("seasons"),
                record.get("episodes"),
            )
            out.append(("credit scope", scope))
        return out
    if kind == "rating":
        key = (n(record["show"]), n(record["source"]), record.get("audience"), float(record["value"]))
        return [("rating", key)]
    if kind == "award":
        return [
            ("award", (n(record["show"]), n(record["body"]), n(record.get("category")), record["outcome"]))
        ]
    if kind == "work":
        return [("work", (n(record["person"]), n(record["title"])))]
    if kind == "descriptor" and record.get("kind") == "status":
        return [("status", (n(record["show"]), n(record["value"])))]
    return []


def _atom_set(records: list[dict[str, Any]]) -> set[Atom]:
    return {a for r in records for a in atoms(r)}


# Article set -> (folder of .txt articles, folder of their .json gold). "articles" were tuned on from the
# start; "dev" was scored untuned batch by batch, then tuned on; "fresh", "fresh2" and "fresh3" came later the
# same way (fresh3 only to measure the final extractor on unseen text).
SETS: dict[str, tuple[str, str]] = {
    "articles": ("articles", "gold"),
    "dev": ("dev", "dev"),
    "fresh": ("fresh", "fresh"),
    "fresh2": ("fresh2", "fresh2"),
    "fresh3": ("fresh3", "fresh3"),
}
Case = tuple[str, str, dt.date | None, list[dict[str, Any]], list[dict[str, Any]]]


def load_set(name: str) -> list[Case]:
    """(name, text, published, gold facts, also-ok facts) for each article of one set."""
    articles, golds = SETS[name]
    out: list[Case] = []
    for path in sorted((DATA / articles).glob("*.txt")):
        gold = json.loads((DATA / golds / f"{path.stem}.json").read_text())
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        out.append((path.stem, path.read_text(), published, gold["facts"], gold.get("also_ok", [])))
    return out


def cases(dev: bool, sets: list[str] | None = None) -> list[Case]:
    """The articles of `sets` (default: the tuned articles, plus dev and the seed article with `dev`)."""
    out = [c for name in sets or ["articles", *(["dev"] if dev else [])] for c in load_set(name)]
    if dev and sets is None and SEED_ARTICLE.exists():
        seed = [json.loads(line) for line in SEED_GOLD.read_text().splitlines() if line.strip()]
        out.append(("seed-heartstopper", SEED_ARTICLE.read_text(), None, seed[1:], []))
    return out


def evaluate(
    dev: bool, min_confidence: float, verbose: bool, sets: list[str] | None = None
) -> dict[str, tuple[int, int, int]]:
    """Per kind: (true positives, false positives, false negatives), and prints them."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    started = time.perf_counter()
    chosen = cases(dev, sets)
    for name, text, published, gold, also_ok in chosen:
        extraction = extract_facts(text, published)
        predicted = _atom_set(to_fact_records(extraction, min_confidence=min_confidence)[1:])
        wanted, optional = _atom_set(gold), _atom_set(also_ok)
        for kind, _key in predicted & wanted:
            tp[kind] += 1
        for kind, key in predicted - wanted - optional:
            fp[kind] += 1
            if verbose:
                print(f"  FP {name:24} {kind:22} {key}")
        for kind, key in wanted - predicted:
            fn[kind] += 1
            if verbose:
                print(f"  FN {name:24} {kind:22} {key}")
    elapsed = time.perf_counter() - started
    kinds = sorted(set(tp) | set(fp) | set(fn))
    print(f"{'kind':24} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    result = {}
    for kind in [*kinds, "ALL"]:
        t = sum(tp.values()) if kind == "ALL" else tp[kind]
        f = sum(fp.values()) if kind == "ALL" else fp[kind]
        m = sum(fn.values()) if kind == "ALL" else fn[kind]
        precision = t / (t + f) if t + f else 1.0
        recall = t / (t + m) if t + m else 1.0
        print(f"{kind:24} {t:4} {f:4} {m:4} {precision:10.3f} {recall:8.3f}")
        result[kind] = (t, f, m)
    print(f"{len(chosen)} articles in {elapsed:.2f}s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every false positive and negative")
    parser.add_argument("--dev", action="store_true", help="also score the held-back and seed articles")
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), help="score exactly these article sets")
    parser.add_argument("--min-confidence", type=float, default=0.0)
    args = parser.parse_args()
    evaluate(args.dev, args.min_confidence, args.verbose, args.sets)


if __name__ == "__main__":
    main()
