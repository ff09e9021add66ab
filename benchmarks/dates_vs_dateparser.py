"""Evidence for the date approach: ingest.dates against dateparser's search_dates on the test articles.

Run: .venv/bin/python -m benchmarks.dates_vs_dateparser
dateparser is not a project dependency; without it only our own numbers are printed. (Measured once in a
scratch virtualenv with dateparser 1.2.2.)

For each article sentence both finders list date spans; we count how many gold premiere days each finds and
how many spans carry no digit at all: words such as "a second", "Wednesday" (a show's title) or
"The Midnight" (part of a film's title), which a premiere-date extractor would have to filter again.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import time
import warnings
from collections import Counter
from collections.abc import Callable
from typing import Any

from benchmarks.extraction import DATA
from ingest.dates import find_dates
from ingest.sentences import leading_date, split_sentences

Finder = Callable[[str, dt.date], list[tuple[str, dt.date | None]]]
_PLAIN_WORDS = {"today", "tomorrow", "next month", "this week", "later this year", "in one month"}


def _articles() -> list[tuple[str, dt.date, set[str]]]:
    out = []
    for folder, golds in (("articles", "gold"), ("dev", "dev")):
        for path in sorted((DATA / folder).glob("*.txt")):
            gold = json.loads((DATA / golds / f"{path.stem}.json").read_text())
            days = {
                f["date"] for f in gold["facts"] + gold["also_ok"] if f["type"] == "release" and f.get("date")
            }
            _, body = leading_date(path.read_text())
            out.append((body, dt.date.fromisoformat(gold["published"]), days))
    return out


def ours(text: str, published: dt.date) -> list[tuple[str, dt.date | None]]:
    """Our finder's spans and days."""
    return [(text[m.start : m.end], m.day) for m in find_dates(text, published)]


def _dateparser() -> Finder | None:
    try:
        search: Any = importlib.import_module("dateparser.search")
    except ImportError:
        return None

    def find(text: str, published: dt.date) -> list[tuple[str, dt.date | None]]:
        settings = {
            "RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
            "PREFER_DATES_FROM": "future",
        }
        found = search.search_dates(text, languages=["en"], settings=settings) or []
        return [(span, when.date()) for span, when in found]

    return find


def measure(name: str, finder: Finder) -> None:
    """Print gold days found, spans, digit-less spans and time for one finder."""
    found = total = spans = 0
    suspects: Counter[str] = Counter()
    started = time.perf_counter()
    for body, published, gold_days in _articles():
        days: set[str] = set()
        for sentence in split_sentences(body):
            for span, day in finder(sentence.text, published):
                spans += 1
                if day is not None:
                    days.add(day.isoformat())
                if not any(ch.isdigit() for ch in span) and span.lower() not in _PLAIN_WORDS:
                    suspects[span] += 1
        total += len(gold_days)
        found += len(gold_days & days)
    elapsed = time.perf_counter() - started
    print(f"{name:24} gold premiere days found {found}/{total}, spans {spans}, digit-less spans "
          f"{sum(suspects.values())}, {elapsed:.2f}s")  # fmt: skip
    print(f"{'':24} most common digit-less spans: {suspects.most_common(6)}")


def main() -> None:
    warnings.filterwarnings("ignore")
    measure("ingest.dates", ours)
    other = _dateparser()
    if other is None:
        print("dateparser is not installed here; install it in a scratch virtualenv to compare")
    else:
        measure("dateparser.search_dates", other)


if __name__ == "__main__":
    main()
