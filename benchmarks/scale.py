"""Scale figures at ten times MetaQA's catalog (issue 11): import time, start-up, peak RSS, p50/p99.

    .venv/bin/python benchmarks/scale.py [--scale 10] [--limit 500]

A synthetic catalog of `scale` renamed copies of ../shared/metaqa/kb.txt (about 382k entities and
1.34M triples at 10x) is imported into a fresh SQLite database; then a cold `marquee ask` (start-up to the
first answer and that process's peak RSS) and per-question latency of exact, typo'd and unknown names in one
process. This runs benchmarks/linking.py at one scale; its "indexed" rows are the product's linker (the "scan"
rows, kept short here, are the old linker for comparison). Targets: import under 90 s, start-up under 15 s,
RSS under 1.5 GB, p99 under 5 ms. Timings are noisy on a shared machine: repeat them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.linking import main as linking_main


def main() -> int:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scale", type=int, default=10, help="copies of kb.txt (default 10)")
    parser.add_argument("--limit", type=int, default=500, help="questions per set (default 500)")
    args = parser.parse_args()
    return linking_main(
        ["--scales", str(args.scale), "--limit", str(args.limit), "--scan-limit", "20", "--cold-runs", "1"]
    )


if __name__ == "__main__":
    raise SystemExit(main())
