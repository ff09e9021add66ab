"""Tune-side real articles cut short: how many still yield facts about their show, and at what precision.

The held-out real-news texts are short stored excerpts (the beginning of each page), so the tuned figures on
the full tune-side texts overstate what a short excerpt yields. This cuts every tune-side text at N characters
(at the last sentence end before N, else the last word break), writes the cut texts into a temporary cache and
scores them with the real-news benchmark.

Run: PYTHONPATH=. .venv/bin/python -m benchmarks.real_news_short [--cut 400 600 1000] [--verbose]
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from benchmarks.real_news_qa import MANIFESTS, ROOT, ArticleResult, Record, load_manifest, run_article

TUNE_SIDE = ("tune.jsonl", "tune_extra.jsonl", "fresh_tune.jsonl", "fresh3_tune.jsonl")
SENTENCE_END = re.compile(r"[.!?][\"')\]]?(?=\s)")


def cut_text(text: str, limit: int) -> str:
    """The text's first `limit` characters, ended at the last sentence end (else word break) inside them."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.end() for m in SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= limit // 2:
        return head[: ends[-1]]
    space = max(head.rfind(" "), head.rfind("\n"))
    return head[:space] if space > 0 else head


def score_cut(articles: list[Record], cache: Path, limit: int, jobs: int) -> list[ArticleResult]:
    """Ingest every article's text cut at `limit` characters and score its questions."""
    with tempfile.TemporaryDirectory(prefix="marquee-short-") as tmp:
        short = Path(tmp)
        for article in articles:
            source = cache / f"{article['id']}.txt"
            if source.is_file():
                cut = cut_text(source.read_text(encoding="utf-8"), limit)
                (short / source.name).write_text(cut, encoding="utf-8")
        with ProcessPoolExecutor(jobs) as pool:
            done = list(pool.map(run_article, articles, [short] * len(articles), [None] * len(articles)))
    return [r for r in done if r is not None]


def summary(limit: int, results: list[ArticleResult]) -> str:
    """One line: articles yielding facts about their show, right/wrong answers, precision and recall."""
    asked = [q for r in results for q in r.questions if q["expect"].get("kind") != "dont_know"]
    right = sum(q["verdict"] == "right" for q in asked)
    wrong = sum(q["verdict"] == "wrong" for q in asked)
    precision = right / (right + wrong) if right + wrong else 1.0
    recall = right / len(asked) if asked else 1.0
    yielded = sum(r.yielded for r in results)
    return (
        f"cut {limit:5}: articles yielding facts about their show {yielded}/{len(results)}; "
        f"right {right}, wrong {wrong}: precision {precision:.3f}, recall {recall:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cut", type=int, nargs="+", default=[400, 600, 1000], help="lengths in characters")
    parser.add_argument("--cache", type=Path, help="folder of <id>.txt article texts")
    parser.add_argument("--jobs", type=int, default=2, help="articles ingested in parallel")
    parser.add_argument("--verbose", action="store_true", help="list the articles that yield nothing")
    args = parser.parse_args()
    cache = args.cache or Path(os.environ.get("MARQUEE_NEWS_CACHE") or ROOT / ".cache" / "real_news")
    articles = load_manifest([MANIFESTS / name for name in TUNE_SIDE])
    for limit in args.cut:
        results = score_cut(articles, cache, limit, args.jobs)
        if args.verbose:
            for r in results:
                wrong = [q["question"] for q in r.questions if q["verdict"] == "wrong"]
                if not r.yielded or wrong:
                    print(f"  {limit:5} {r.id:40} {'yields' if r.yielded else 'NOTHING'} wrong: {wrong}")
        print(summary(limit, results), flush=True)


if __name__ == "__main__":
    main()
