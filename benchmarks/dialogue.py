"""Dialogue state cost: memory for many idle channels, and a follow-up's latency against a first question's.

    .venv/bin/python -m benchmarks.dialogue [--channels 10000]

Each channel holds a three-turn conversation (a question, a pronoun follow-up, an ellipsis), as a busy
server's channels would; memory is what tracemalloc counts for the store after the turns. Targets (issue 12):
under 50 MB for 10,000 idle channels; a follow-up's p99 no higher than a first question's (under 2 ms).
Latency is CPU time (thread time) of warm questions, every wording asked before it is timed: the first
questions against the follow-ups of the same channels (different questions), then each follow-up against the
same question with its subject named, asked first (the conversation's own cost).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import statistics
import tempfile
import time
import tracemalloc

from db.bootstrap import open_database
from intents.dialogue import Conversation, ConversationStore
from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
FIRST = ("who directed heartstopper season 3?", "what is agatha all along about?", "who plays nick nelson?")
FOLLOW = ("what else has he done?", "who's in it?", "and season 2?", "how long until it comes out?")
# The same question twice: as a follow-up after its context, and with its subject named as a first question
# (one answer, one handler), so what the pair differs by is the conversation's work alone.
PAIRS = (
    ("who plays nick nelson?", "what else has he done?", "what else has kit connor done?"),
    ("what is agatha all along about?", "who's in it?", "who's in agatha all along?"),
    ("who directed heartstopper season 3?", "and season 2?", "who directed heartstopper season 2?"),
    (
        "when does heartstopper season 3 come out?",
        "how long until it comes out?",
        "how long until heartstopper season 3 comes out?",
    ),
)


async def _cpu_ms(engine: QuestionEngine, question: str, conversation: Conversation) -> float:
    start = time.thread_time()
    await engine.answer(question, conversation, now=NOW)
    return (time.thread_time() - start) * 1000


async def _paired(engine: QuestionEngine, store: ConversationStore, pairs: int) -> None:
    """Each follow-up against the same question with its subject named, asked first: CPU time, in turn."""
    named: list[float] = []
    followed: list[float] = []
    for context, follow_up, as_named in PAIRS:  # every wording asked once before it is timed
        await engine.answer(as_named, store.get(f"warm-{as_named}"), now=NOW)
        await engine.answer(context, (conversation := store.get(f"warm-{follow_up}")), now=NOW)
        await engine.answer(follow_up, conversation, now=NOW)
    for n in range(pairs):
        context, follow_up, as_named = PAIRS[n % len(PAIRS)]
        named.append(await _cpu_ms(engine, as_named, store.get(f"named-{n}")))
        conversation = store.get(f"followed-{n}")
        await engine.answer(context, conversation, now=NOW)
        followed.append(await _cpu_ms(engine, follow_up, conversation))
    print(
        f"same question, named first / as a follow-up: CPU p50 {statistics.median(named):.2f} / "
        f"{statistics.median(followed):.2f} ms, p99 {_p(named, 99):.2f} / {_p(followed, 99):.2f} ms; "
        f"follow-up/named {statistics.median(followed) / statistics.median(named):.2f}x p50, "
        f"{_p(followed, 99) / _p(named, 99):.2f}x p99"
    )


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


async def run(channels: int) -> None:
    """Fill the store, then print memory and latency figures."""
    with tempfile.TemporaryDirectory() as tmp:
        database = await open_database(f"sqlite+aiosqlite:///{tmp}/dialogue.db")
        engine = await QuestionEngine.from_sessions(database.sessions)
        await database.close()
    store = ConversationStore(max_conversations=channels)
    firsts: list[float] = []
    follows: list[float] = []
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for channel in range(channels):
        conversation = store.get(channel)
        for n, question in enumerate((FIRST[channel % 3], FOLLOW[channel % 4], FOLLOW[(channel + 1) % 4])):
            start = time.perf_counter()
            await engine.answer(question, conversation, now=NOW)
            (firsts if n == 0 else follows).append((time.perf_counter() - start) * 1000)
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    each = used / max(len(store), 1)
    print(f"channels: {len(store)}; dialogue state: {used / 1e6:.1f} MB ({each:.0f} B each)")
    firsts, follows = [], []
    firsts_cpu: list[float] = []
    follows_cpu: list[float] = []
    for channel in range(min(channels, 2000)):
        conversation = store.get(f"timed-{channel}")
        for n, question in enumerate((FIRST[channel % 3], FOLLOW[channel % 4])):
            start, start_cpu = time.perf_counter(), time.thread_time()
            await engine.answer(question, conversation, now=NOW)
            (firsts if n == 0 else follows).append((time.perf_counter() - start) * 1000)
            (firsts_cpu if n == 0 else follows_cpu).append((time.thread_time() - start_cpu) * 1000)
    # Wall time on a shared machine is mostly waiting for a core in its tail; CPU time is the cost.
    for label, wall, cpu in (("first questions", firsts, firsts_cpu), ("follow-ups", follows, follows_cpu)):
        print(
            f"{label + ':':16} wall p50 {statistics.median(wall):.2f} ms, p99 {_p(wall, 99):.2f} ms; "
            f"CPU p50 {statistics.median(cpu):.2f} ms, p99 {_p(cpu, 99):.2f} ms"
        )
    # The target: a follow-up costs no more than a first question (a ratio at or under 1.00).
    print(
        f"follow-up/first: CPU p50 {statistics.median(follows_cpu) / statistics.median(firsts_cpu):.2f}x, "
        f"p99 {_p(follows_cpu, 99) / _p(firsts_cpu, 99):.2f}x"
    )
    await _paired(engine, store, min(channels, 2000))


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--channels", type=int, default=10_000)
    asyncio.run(run(parser.parse_args().channels))


if __name__ == "__main__":
    main()
