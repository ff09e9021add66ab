"""Per-question latency and throughput on the seed database, after warm-up.

Run: .venv/bin/python benchmarks/answer_latency.py [--rounds N]
Each question takes the path of `marquee ask --batch --json`: engine.answer -> to_json -> json.dumps.
Target (issue 2): p99 under 2 ms and over 1,000 questions/s in one process.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.bootstrap import open_database
from intents.engine import QuestionEngine
from intents.query import Conversation

QUESTIONS = [
    "when does heartstopper season 3 come out?",
    "when does hartstopper s3 premiere",
    "!premiere heartstopper",
    "!cast",
    "who plays nick?",
    "who plays nik nelsen in heartstopper",
    "who does kit connor play",
    "who directed heartstopper season 3",
    "who created heartstopper",
    "who wrote the heartstopper novels",
    "where can i watch heartstopper",
    "what's heartstopper's rotten tomatoes score",
    "has heartstopper been nominated for an emmy",
    "what else has andy newberry directed",
    "when does agatha all along premiere",
    "what is heartstopper about",
    "how many episodes does heartstopper have",
    "when does stranger things season 5 come out?",
    "who is john smith",
    "how long until heartstopper season 3",
    "what's the weather like",
    "'; DROP TABLE shows; --",
    "",
    "x" * 10_000,
]


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


async def run(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as directory:
        database = await open_database(f"sqlite+aiosqlite:///{directory}/bench.db")
        engine = await QuestionEngine.from_sessions(database.sessions)
        await database.close()
    now = dt.datetime(2024, 9, 3, tzinfo=dt.UTC)
    for question in QUESTIONS * 20:  # warm-up
        json.dumps((await engine.answer(question, Conversation(), now=now)).to_json(question))
    latencies: list[float] = []
    started = time.perf_counter()
    for _ in range(rounds):
        for question in QUESTIONS:
            t0 = time.perf_counter()
            answer = await engine.answer(question, Conversation(), now=now)
            json.dumps(answer.to_json(question), ensure_ascii=False)
            latencies.append((time.perf_counter() - t0) * 1000)
    elapsed = time.perf_counter() - started
    print(
        f"questions: {len(latencies)} ({len(QUESTIONS)} distinct x {rounds} rounds), one process, warmed up"
    )
    print(f"p50 latency: {statistics.median(latencies):.3f} ms")
    print(f"p99 latency: {percentile(latencies, 99):.3f} ms")
    print(f"max latency: {max(latencies):.3f} ms")
    print(f"throughput: {len(latencies) / elapsed:,.0f} questions/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    asyncio.run(run(parser.parse_args().rounds))


if __name__ == "__main__":
    main()
