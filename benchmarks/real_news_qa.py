"""Real published articles end to end: ingest each with `marquee ingest --approve` into a fresh database,
ask its fans' questions with `marquee ask --batch --json` (each with its own "now") and score the answers.

Run: .venv/bin/python -m benchmarks.real_news_qa [--set tune|holdout|FILE ...] [--cache DIR] [--verbose]

A manifest (benchmarks/real_news/*.jsonl) holds one article a line: id, url, outlet, published, kind, gold
facts and questions, each {"question", "now", "expect": {"kind": "answer", "all": [..], "any": [..], "none":
[..]}} or {"kind": "dont_know"}. The article texts are not in the repository: they live in a cache
(--cache, else MARQUEE_NEWS_CACHE, else .cache/real_news) as <id>.txt. `--set tune` reads tune.jsonl
and tune_extra.jsonl; `--set fresh` reads the 25 articles collected after the first extractor work (measured
once untouched, then split: fresh_tune may be tuned on, fresh_holdout never); `--set fresh3` the 24 collected
the same way later (fresh3_tune may be tuned on, fresh3_holdout never); `--set fresh4` likewise (fresh4_tune,
fresh4_holdout), and `--set fresh5` to `--set fresh9`
(freshN_tune, freshN_holdout).

A question with an expected answer is *right* when the reply is an answer whose text holds every "all"
string, one "any" string (if any are listed) and no "none" string; *wrong* when it answers otherwise;
*missing* when it does not answer. A "dont_know" question answered at all is wrong. Precision = right /
(right + wrong), recall = right / questions with an expected answer.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.ingest_qa import ingest_then_ask

ROOT = Path(__file__).resolve().parent.parent
MANIFESTS = ROOT / "benchmarks" / "real_news"
SETS = {
    "tune": ("tune.jsonl", "tune_extra.jsonl"),
    "holdout": ("holdout.jsonl",),
    "fresh": ("fresh_tune.jsonl", "fresh_holdout.jsonl"),
    "fresh_tune": ("fresh_tune.jsonl",),
    "fresh_holdout": ("fresh_holdout.jsonl",),
    "fresh3": ("fresh3_tune.jsonl", "fresh3_holdout.jsonl"),
    "fresh3_tune": ("fresh3_tune.jsonl",),
    "fresh3_holdout": ("fresh3_holdout.jsonl",),
    "fresh4": ("fresh4_tune.jsonl", "fresh4_holdout.jsonl"),
    "fresh4_tune": ("fresh4_tune.jsonl",),
    "fresh4_holdout": ("fresh4_holdout.jsonl",),
    "fresh5": ("fresh5_tune.jsonl", "fresh5_holdout.jsonl"),
    "fresh5_tune": ("fresh5_tune.jsonl",),
    "fresh5_holdout": ("fresh5_holdout.jsonl",),
    "fresh6": ("fresh6_tune.jsonl", "fresh6_holdout.jsonl"),
    "fresh6_tune": ("fresh6_tune.jsonl",),
    "fresh6_holdout": ("fresh6_holdout.jsonl",),
    "fresh7": ("fresh7_tune.jsonl", "fresh7_holdout.jsonl"),
    "fresh7_tune": ("fresh7_tune.jsonl",),
    "fresh7_holdout": ("fresh7_holdout.jsonl",),
    "fresh8": ("fresh8_tune.jsonl", "fresh8_holdout.jsonl"),
    "fresh8_tune": ("fresh8_tune.jsonl",),
    "fresh8_holdout": ("fresh8_holdout.jsonl",),
    "fresh9": ("fresh9_tune.jsonl", "fresh9_holdout.jsonl"),
    "fresh9_tune": ("fresh9_tune.jsonl",),
    "fresh9_holdout": ("fresh9_holdout.jsonl",),
}

Record = dict[str, Any]


@dataclass
class ArticleResult:
    """One article's outcome: extraction time, whether it yielded facts about its show, and each question."""

    id: str
    seconds: float
    yielded: bool
    ingest_ok: bool
    questions: list[Record] = field(default_factory=list)


def fold(text: str) -> str:
    """Lower-case, straight quotes, no accents, single spaces: how expected strings are matched."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("“", '"').replace("”", '"'))
    return re.sub(r"\s+", " ", "".join(c for c in text if not unicodedata.combining(c))).casefold()


def verdict(expect: Record, reply: Record) -> str:
    """right, wrong or missing for one reply."""
    answered = reply.get("kind") == "answer" and bool(reply.get("answers"))
    if not answered:
        return "right" if expect.get("kind") == "dont_know" else "missing"
    if expect.get("kind") == "dont_know":
        return "wrong"
    text = fold(str(reply.get("text") or ""))
    ok = all(fold(s) in text for s in expect.get("all") or [])
    ok = ok and (not expect.get("any") or any(fold(s) in text for s in expect["any"]))
    ok = ok and not any(fold(s) in text for s in expect.get("none") or [])
    return "right" if ok else "wrong"


def load_manifest(paths: list[Path]) -> list[Record]:
    """The articles of the manifest files that exist, in order."""
    out: list[Record] = []
    for path in paths:
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            out += [json.loads(line) for line in lines if line.strip()]
    return out


def _title_key(title: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(title)).strip().removeprefix("the ")


def _main_show(article: Record) -> str | None:
    for fact in article.get("facts") or []:
        title = fact.get("show") or fact.get("title")
        if title:
            return str(title)
    return None


def yielded_facts(article: Record, draft: Record | None) -> bool:
    """Did the approved draft hold a statable fact (not a bare title) about the article's main show?"""
    show = _main_show(article)
    if not draft or not show:
        return False
    for item in draft.get("facts") or []:
        record = item["record"]
        about = record.get("show") or record.get("title") or ""
        bare = record.get("type") == "show" and not record.get("network")
        if item.get("accepted") and not bare and _title_key(str(about)) == _title_key(show):
            return True
    return False


def run_article(article: Record, cache: Path, min_confidence: float | None) -> ArticleResult | None:
    """Ingest one cached article and score its questions (None when its text is not in the cache)."""
    from ingest.extract import extract_facts
    from ingest.guard import decode_article

    path = cache / f"{article['id']}.txt"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    published = article.get("published")
    start = time.perf_counter()
    try:
        import datetime as dt

        extract_facts(decode_article(text.encode()), dt.date.fromisoformat(published) if published else None)
    except ValueError:
        pass  # the ingest below reports the refusal
    seconds = time.perf_counter() - start
    asked = article.get("questions") or []
    asks = [(str(q["question"]), q.get("now")) for q in asked]
    run = ingest_then_ask(text, asks, published, article.get("outlet"), article.get("url"), min_confidence)
    result = ArticleResult(article["id"], seconds, yielded_facts(article, run.draft), run.exit_code == 0)
    for q, reply in zip(asked, run.replies, strict=True):
        result.questions.append(
            {
                "question": q["question"],
                "expect": q["expect"],
                "text": reply.get("text"),
                "kind": reply.get("kind"),
            }
            | {"verdict": verdict(q["expect"], reply)}
        )
    return result


def report(results: list[ArticleResult], verbose: bool) -> Counter[str]:
    """Print per-article lines, the wrong (and with verbose the missing) answers, and the totals."""
    totals: Counter[str] = Counter()
    for r in results:
        c = Counter(q["verdict"] for q in r.questions)
        probes = sum(1 for q in r.questions if q["expect"].get("kind") == "dont_know")
        totals.update(c)
        totals["probes"] += probes
        totals["probe right"] += sum(
            1 for q in r.questions if q["expect"].get("kind") == "dont_know" and q["verdict"] == "right"
        )
        print(
            f"{r.id:40} facts about the show: {'yes' if r.yielded else 'NO '}  "
            f"right {c['right']:2} wrong {c['wrong']:2} missing {c['missing']:2}  "
            f"extract {r.seconds * 1000:6.1f} ms"
        )
        for q in r.questions:
            if q["verdict"] == "wrong" or (verbose and q["verdict"] == "missing"):
                print(f"    {q['verdict'].upper():7} {q['question']}")
                print(f"            expected {q['expect']}; got: {str(q['text'])[:160]}")
    right = totals["right"] - totals["probe right"]
    wrong, asked = totals["wrong"], sum(len(r.questions) for r in results) - totals["probes"]
    precision = right / (right + wrong) if right + wrong else 1.0
    yielded = sum(r.yielded for r in results)
    slowest = max((r.seconds for r in results), default=0.0)
    print(
        f"\n{len(results)} articles, {asked} questions with an answer + {totals['probes']} the article "
        f"does not answer ({totals['probe right']} abstained)\n"
        f"right {right}, wrong {wrong}, missing {totals['missing']}: precision {precision:.3f}, "
        f"recall {right / asked if asked else 1.0:.3f}\n"
        f"articles yielding facts about their show: {yielded}/{len(results)}; slowest extraction "
        f"{slowest * 1000:.1f} ms"
    )
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets_help = ", ".join(SETS) + " or a FILE"
    parser.add_argument("--set", dest="sets", nargs="+", default=["tune"], help=sets_help)
    parser.add_argument("--cache", type=Path, help="folder of <id>.txt article texts")
    parser.add_argument("--only", nargs="+", metavar="ID", help="only these article ids")
    parser.add_argument("--verbose", action="store_true", help="also list the questions left unanswered")
    parser.add_argument("--min-confidence", type=float, help="pass --min-confidence to marquee ingest")
    parser.add_argument("--jobs", type=int, default=2, help="articles ingested in parallel")
    parser.add_argument("--json", metavar="FILE", help="write every scored question to FILE")
    args = parser.parse_args()
    cache = args.cache or Path(os.environ.get("MARQUEE_NEWS_CACHE") or ROOT / ".cache" / "real_news")
    paths = [MANIFESTS / f for name in args.sets for f in SETS.get(name, ())] + [
        Path(name) for name in args.sets if name not in SETS
    ]
    articles = [a for a in load_manifest(paths) if not args.only or a["id"] in args.only]
    if not articles:
        parser.exit(1, f"no articles in {', '.join(map(str, paths))}\n")
    with ProcessPoolExecutor(args.jobs) as pool:
        done = list(
            pool.map(run_article, articles, [cache] * len(articles), [args.min_confidence] * len(articles))
        )
    results = [r for r in done if r is not None]
    missing = [a["id"] for a, r in zip(articles, done, strict=True) if r is None]
    if missing:
        print(f"not in the cache {cache} (skipped): {', '.join(missing)}")
    report(results, args.verbose)
    if args.json:
        rows = [{"article": r.id, "yielded": r.yielded} | q for r in results for q in r.questions]
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
