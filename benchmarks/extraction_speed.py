"""How long `extract_facts` takes on a 5,000-word article (target: under one second).

Run: .venv/bin/python -m benchmarks.extraction_speed [--words 5000] [--repeat 5]

The article is built from the own-words test articles (tests/ingest_data), one after another until it
holds the number of words asked for: a long round-up naming many shows and people, which is the hard case
(every sentence is matched against every title and name the article holds). Timings depend on the machine
and its load: repeat, and read the median.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from ingest.extract import extract_facts

DATA = Path(__file__).resolve().parent.parent / "tests" / "ingest_data"
TARGET_SECONDS = 1.0


def long_article(words: int) -> str:
    """Own-words articles joined (and, if needed, repeated) until the text has at least `words` words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*/*.txt"))]
    if not texts:
        raise SystemExit(f"no articles under {DATA}")
    parts: list[str] = []
    count = 0
    while count < words:
        for text in texts:
            parts.append(text.strip())
            count += len(text.split())
            if count >= words:
                break
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = long_article(args.words)
    extract_facts("Warm-up: Harbor Lights premieres on Hulu on April 4, 2025.", None)  # imports, compiles
    seconds, cpu = [], []
    facts = 0
    for _ in range(args.repeat):
        started, used = time.perf_counter(), time.process_time()
        facts = len(extract_facts(text, dt.date(2025, 1, 10)).facts)
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    median, worst = statistics.median(seconds), max(seconds)
    verdict = "OK" if median < TARGET_SECONDS else "TOO SLOW"
    # CPU time is what the extraction itself costs; wall time also counts waiting for a busy machine.
    print(
        f"{len(text.split()):,} words, {len(text):,} characters, {facts} facts: wall median {median:.3f} s "
        f"(worst {worst:.3f} s), CPU median {statistics.median(cpu):.3f} s over {args.repeat} runs "
        f"(target < {TARGET_SECONDS:.0f} s wall): {verdict}"
    )


if __name__ == "__main__":
    main()
