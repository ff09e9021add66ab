"""Entity linking at catalog scale: the scanning linker and the candidate index side by side.

    .venv/bin/python benchmarks/linking.py [--limit N] [--scan-limit N] [--scales 1,10] [--seed S]

For each catalog size (1x: MetaQA's kb.txt, 43k entities; 10x: kb.txt plus nine renamed copies, written to a
temporary directory) the catalog is imported into a fresh SQLite database, then the same questions (see
benchmarks/linking_data.py: exact names, one typo, two letters swapped anywhere, unknown names, chatter) are
answered in one process by QuestionEngine.answer, once per fuzzy mode. Per set: ms per question (p50/p99/mean,
start-up excluded), Hits@1 (named sets), honest "I don't have facts about X" (unknown), no answer (chatter).
The typo sets were generated from the dev questions, which the linker was also tuned on.
Then import time, in-process snapshot load and index build, and a cold `marquee ask` of a typo'd question
(start-up to the first answer, peak RSS of that process). Timings are noisy on a shared machine: repeat them.
Data: ../shared/metaqa; the script exits 0 with a note when it is absent.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.cold_start import cold_start  # noqa: E402
from benchmarks.linking_data import Asked, question_sets, write_scaled_kb  # noqa: E402
from benchmarks.metaqa import SHARED, load_questions  # noqa: E402
from db.bootstrap import open_database  # noqa: E402
from db.importers.catalog import import_triples  # noqa: E402
from db.knowledge import Knowledge, load_knowledge  # noqa: E402
from intents.engine import QuestionEngine  # noqa: E402
from intents.linking import EntityIndex, FuzzyMode  # noqa: E402
from intents.query import Conversation  # noqa: E402

WARM_UP = 10  # questions answered before timing, so lazily built structures are not timed
TARGETS_MS = {("typo", 1): 2.0, ("typo", 10): 5.0, ("unknown", 1): 2.0}


@dataclass
class SetResult:
    """One question set answered in one mode."""

    latencies: list[float] = field(default_factory=list)
    right: int = 0

    def ms(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0

    @property
    def mean_ms(self) -> float:
        return 1000 * statistics.fmean(self.latencies) if self.latencies else 0.0

    @property
    def rate(self) -> float:
        return 100.0 * self.right / max(1, len(self.latencies))


def is_right(asked: Asked, kind: str, text: str, answers: Sequence[object]) -> bool:
    """Hits@1 for named questions; honesty for unknown names; silence for chatter."""
    if asked.kind in ("exact", "typo"):
        return bool(answers) and answers[0] in asked.gold
    if asked.kind == "unknown":
        return kind == "unknown" and text.startswith("I don't have facts about")
    return kind != "answer"


async def answer_set(engine: QuestionEngine, questions: list[Asked]) -> SetResult:
    """Answer every question, timing each one."""
    for asked in questions[:WARM_UP]:
        await engine.answer(asked.text, Conversation())
    result = SetResult()
    for asked in questions:
        started = time.perf_counter()
        answer = await engine.answer(asked.text, Conversation())
        result.latencies.append(time.perf_counter() - started)
        result.right += is_right(asked, answer.kind, answer.text, answer.answers)
    return result


def print_sets(scale: int, results: dict[tuple[str, str], SetResult]) -> None:
    print(f"\n{scale}x  {'set':<9}{'mode':<9}{'n':>6}{'p50 ms':>9}{'p99 ms':>9}{'mean ms':>9}{'right':>9}")
    for (name, mode), r in results.items():
        target = TARGETS_MS.get((name, scale))
        verdict = ""
        if target is not None:
            verdict = ("  ok" if r.mean_ms <= target else "  MISS") + f" (mean <= {target} ms)"
        print(
            f"    {name:<9}{mode:<9}{len(r.latencies):>6}{r.ms(50):>9.2f}{r.ms(99):>9.2f}"
            f"{r.mean_ms:>9.2f}{r.rate:>8.1f}%{verdict if mode == FuzzyMode.INDEXED.value else ''}"
        )


async def run_scale(args: argparse.Namespace, scale: int, sets: dict[str, list[Asked]]) -> None:
    with tempfile.TemporaryDirectory(prefix="linking-") as tmp:
        kb = args.shared / "kb.txt"
        if scale > 1:
            kb = write_scaled_kb(kb, Path(tmp) / "kb10.txt", scale, args.seed)
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'catalog.db'}"
        db = await open_database(url)
        try:
            summary = await import_triples(db.sessions, kb, progress=False)
            started = time.perf_counter()
            async with db.sessions() as session:
                knowledge = await load_knowledge(session)
            load_s = time.perf_counter() - started
        finally:
            await db.close()
        print(f"\n{scale}x: {summary.render()}")
        typo = sets["typo"][0].text
        startup, startup_cpu = cold_start(url, runs=args.cold_runs, question=typo)
        cpu = f" ({startup_cpu:.2f} s CPU)" if startup_cpu is not None else ""
        child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        results: dict[tuple[str, str], SetResult] = {}
        for mode in (FuzzyMode.SCAN, FuzzyMode.INDEXED):
            engine, build_s = build_engine(knowledge, mode)
            limit = args.scan_limit if mode is FuzzyMode.SCAN else None
            for name, questions in sets.items():
                results[name, mode.value] = await answer_set(engine, questions[:limit])
            print(f"{scale}x {mode.value}: entity index built in {build_s:.2f} s")
            del engine
        print_sets(scale, results)
        names = len(EntityIndex(knowledge).names)
        print(
            f"{scale}x: {names:,} names; import {summary.seconds:.1f} s; snapshot load {load_s:.1f} s; "
            f"cold `marquee ask` of a typo'd question to its answer {startup:.2f} s{cpu}; "
            f"peak RSS of that process {child_rss:.0f} MB"
        )


def build_engine(knowledge: Knowledge, mode: FuzzyMode) -> tuple[QuestionEngine, float]:
    """An engine whose linker uses `mode`, and the seconds its entity index took to build."""
    engine = QuestionEngine(knowledge)
    gc.disable()  # as QuestionEngine.from_sessions does while a snapshot is built
    started = time.perf_counter()
    engine.index = EntityIndex(knowledge, mode=mode)
    elapsed = time.perf_counter() - started
    gc.enable()
    return engine, elapsed


async def main_async(args: argparse.Namespace) -> int:
    # Both halves of the 1-hop dev split: the linker was tuned on all of it.
    questions = load_questions(args.shared, "1", "tuned", None) + load_questions(
        args.shared, "1", "untuned", None
    )
    sets = question_sets(questions, args.seed)
    sets = {name: items[: args.limit] for name, items in sets.items()}
    for scale in args.scales:
        await run_scale(args, scale, sets)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder with kb.txt and the dev files")
    parser.add_argument("--limit", type=int, default=1000, help="questions per set (default 1000)")
    parser.add_argument("--scan-limit", type=int, default=300, help="questions per set for the scan mode")
    parser.add_argument("--scales", default="1,10", help="catalog sizes, comma-separated (default 1,10)")
    parser.add_argument("--seed", type=int, default=13, help="seed for typos, made-up names and the 10x copy")
    parser.add_argument("--cold-runs", type=int, default=2, help="cold `marquee ask` runs (median)")
    args = parser.parse_args(argv)
    args.scales = [int(s) for s in args.scales.split(",")]
    if not (args.shared / "kb.txt").is_file():
        print(f"skipped: MetaQA data not found at {args.shared}")
        return 0
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    raise SystemExit(main())
