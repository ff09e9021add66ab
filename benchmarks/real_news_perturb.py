"""How robust is finding an article's show? Each tune article (tune, tune_extra, fresh_tune) is perturbed the
way stored page excerpts differ from clean articles, extracted again, and compared with the original.

Run: .venv/bin/python -m benchmarks.real_news_perturb [--cache DIR] [--jobs 2] [--verbose]

Variant kinds: the headline line removed; invented page furniture lines prepended (byline, "Advertisement",
share words, a photo credit, a site name, breadcrumbs); the text cut to its first 1,200 characters
mid-sentence; hard-wrapped at 70 columns; the headline in capitals; the headline in title case. For each kind
it reports how many articles still yield a fact about their gold show (the show of the gold facts) and how
many gold facts are still extracted, beside the original's figures. The article texts are read from the
cache only; nothing of them is written anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import textwrap
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.real_news_qa import MANIFESTS, ROOT, _main_show, _title_key, fold, load_manifest

Record = dict[str, Any]
TUNE_MANIFESTS = ("tune.jsonl", "tune_extra.jsonl", "fresh_tune.jsonl")
_FURNITURE = (
    "Home > TV > News",
    "The Daily Screen",
    "By Jane Doe | March 3, 2021",
    "Advertisement",
    "Share this article",
    "Photo: Network",
)


def _first_line(text: str) -> tuple[int, int] | None:
    """Where the first non-empty line is, when it reads as a headline (no closing punctuation)."""
    match = re.search(r"^[ \t]*(\S[^\n]*)$", text, re.MULTILINE)
    if not match or re.search(r"[.!?]['\"”’)]*\s*$", match.group(1)) or len(match.group(1).split()) > 20:
        return None
    return match.start(1), match.end(1)


def no_headline(text: str) -> str:
    """The article without its headline line (unchanged when it has none)."""
    span = _first_line(text)
    return text if span is None else (text[: span[0]] + text[span[1] :]).lstrip("\n")


def with_furniture(text: str) -> str:
    """Invented page furniture lines before the text."""
    return "\n".join(_FURNITURE) + "\n\n" + text


def cut_short(text: str, limit: int = 1200) -> str:
    """The first `limit` characters, cut mid-word as a stored excerpt is."""
    return text[:limit]


def hard_wrapped(text: str, width: int = 70) -> str:
    """Each paragraph wrapped at `width` columns, the paragraphs kept apart by blank lines."""
    out = [textwrap.fill(p, width, break_on_hyphens=False) if p.strip() else "" for p in text.split("\n")]
    return "\n".join(out)


def _recase_headline(text: str, how: Callable[[str], str]) -> str:
    span = _first_line(text)
    return text if span is None else text[: span[0]] + how(text[span[0] : span[1]]) + text[span[1] :]


def headline_caps(text: str) -> str:
    """The headline in capitals."""
    return _recase_headline(text, str.upper)


def headline_title_case(text: str) -> str:
    """The headline in title case."""
    return _recase_headline(text, lambda line: re.sub(r"\b([a-z])", lambda m: m.group(1).upper(), line))


VARIANTS: dict[str, Callable[[str], str]] = {
    "original": lambda text: text,
    "no headline": no_headline,
    "furniture": with_furniture,
    "cut 1200": cut_short,
    "wrapped 70": hard_wrapped,
    "headline caps": headline_caps,
    "headline title": headline_title_case,
}


def _gold_key(record: Record) -> tuple[object, ...] | None:
    """What makes an extracted fact the gold one: its kind, show and the field that matters for the kind."""
    kind = record.get("type")
    show = _title_key(str(record.get("show") or record.get("title") or ""))
    if kind == "credit":
        return (kind, show, fold(str(record.get("person") or "")), record.get("role"))
    if kind == "release":
        return (kind, show, record.get("season"))
    if kind in ("renewal", "season"):
        return ("season", show, record.get("season"))
    if kind == "show":
        return (kind, show, fold(str(record.get("network") or "")))
    return None


def _extracted_keys(record: Record) -> set[tuple[object, ...]]:
    kind = record.get("type")
    keys = {_gold_key(record)}
    if kind == "season":  # a season record with a status answers a gold renewal
        keys.add(("season", _title_key(str(record.get("show") or "")), record.get("number")))
    if kind == "release":
        keys.add(("release", _title_key(str(record.get("show") or "")), record.get("season")))
    return {k for k in keys if k is not None}


def score_text(article: Record, text: str) -> tuple[bool, int]:
    """(does the extraction hold a statable fact about the gold show, how many gold facts it holds)."""
    from ingest.extract import extract_facts
    from ingest.model import FactKind

    published = article.get("published")
    try:
        extraction = extract_facts(text, dt.date.fromisoformat(published) if published else None)
    except ValueError:
        return False, 0
    show = _title_key(_main_show(article) or "")
    yielded = False
    found: set[tuple[object, ...]] = set()
    for item in extraction.facts:
        record: Record = {"type": str(item.kind)} | item.as_dict()
        about = _title_key(str(record.get("show") or record.get("title") or ""))
        bare = item.kind == FactKind.SHOW and not item.get("network")
        yielded = yielded or (about == show and not bare)
        found |= _extracted_keys(record)
    gold = {k for f in article.get("facts") or [] if (k := _gold_key(f)) is not None}
    return yielded, len(gold & found)


def run_article(article: Record, cache: Path) -> dict[str, tuple[bool, int]] | None:
    """Each variant's score for one cached article (None when it is not in the cache)."""
    path = cache / f"{article['id']}.txt"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    return {name: score_text(article, make(text)) for name, make in VARIANTS.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="folder of <id>.txt article texts")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbose", action="store_true", help="list the articles a variant loses")
    args = parser.parse_args()
    cache = args.cache or Path(os.environ.get("MARQUEE_NEWS_CACHE") or ROOT / ".cache" / "real_news")
    articles = [a for a in load_manifest([MANIFESTS / m for m in TUNE_MANIFESTS]) if _main_show(a)]
    with ProcessPoolExecutor(args.jobs) as pool:
        done = list(pool.map(run_article, articles, [cache] * len(articles)))
    scored = [(a, r) for a, r in zip(articles, done, strict=True) if r is not None]
    print(f"{len(scored)} tune articles (tuned figures)")
    base_yield = sum(r["original"][0] for _a, r in scored)
    base_gold = sum(r["original"][1] for _a, r in scored)
    for name in VARIANTS:
        yielded = sum(r[name][0] for _a, r in scored)
        gold = sum(r[name][1] for _a, r in scored)
        print(f"{name:15} yield a fact about their show {yielded:3}/{len(scored)} (original {base_yield})  "
              f"gold facts {gold:4} (original {base_gold})")  # fmt: skip
        if args.verbose and name != "original":
            for a, r in scored:
                if r["original"][0] and not r[name][0]:
                    print(f"    lost the show: {a['id']}")
                elif r[name][1] < r["original"][1]:
                    print(f"    fewer gold facts ({r[name][1]} < {r['original'][1]}): {a['id']}")


if __name__ == "__main__":
    main()
