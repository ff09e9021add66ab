"""Load: questions from many channels at once through the local Discord-compatible server, with gateway drops
and 429s (per-route and global) injected, answered by real `marquee run` processes: one on SQLite, then two
shards (SHARD_COUNT=2) sharing one PostgreSQL database.

Run: .venv/bin/python benchmarks/load.py [--questions 1000] [--channels 50] [--skip-postgres]
Each channel asks its next question when the reply to the last one arrived, so `--channels` questions are
always in flight at once. Prints, per set-up: answered exactly once, lost (no reply within 15 s), duplicated
(more than one reply), and p50/p99 of the reply latency (question dispatched on the gateway -> reply stored by
the server's REST API), which includes the injected 429 pauses and gateway reconnects.
LOAD_LOG=FILE keeps the bot processes' logs (LOAD_LOG_LEVEL, default WARNING).
Targets (issue 11): 0 lost, 0 duplicated, p99 under 250 ms locally. Every user asks once and no channel gets
more than 20 questions, so the bot's own per-user/per-channel limits (5 and 20 per 30 s) never apply.
PostgreSQL: MARQUEE_TEST_POSTGRES_URL (default postgres@127.0.0.1:5432/test); a database named
marquee_load_<random> is created for the run and dropped after it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.localdiscord import FakeDiscord
from bot.localdiscord.models import FakeChannel, FakeGuild, FakeUser
from bot.localdiscord.shards import guild_per_shard

QUESTIONS = [
    "!premiere heartstopper",
    "who plays nick?",
    "!cast heartstopper",
    "who directed heartstopper season 3",
    "where can i watch heartstopper",
    "what's heartstopper's rotten tomatoes score",
    "!who kit connor",
    "when does heartstopper season 3 come out?",
]
REPLY_WAIT = 15.0  # seconds a channel waits for a reply before asking its next question (then: lost)
INJECT_FAULTS = True  # --no-faults turns it off
PER_CHANNEL_LIMIT = 20  # the bot's per-channel limit per 30 s (bot/limiter.py Limiter)
POSTGRES_ADMIN_URL = os.environ.get(
    "MARQUEE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


@dataclass
class Result:
    """What one set-up did with the burst."""

    name: str
    asked: int
    once: int
    lost: int
    duplicated: int
    latencies_ms: list[float]
    seconds: float

    def render(self) -> str:
        ms = sorted(self.latencies_ms) or [float("nan")]
        p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
        return (
            f"{self.name}: {self.asked} questions in {self.seconds:.1f} s; answered exactly once "
            f"{self.once}, lost {self.lost}, duplicated {self.duplicated}; reply latency p50 "
            f"{statistics.median(ms):.0f} ms, p99 {p99:.0f} ms, max {ms[-1]:.0f} ms"
        )


async def _spawn(
    fake: FakeDiscord, workdir: Path, url: str, log: IO[bytes], **env: str
) -> asyncio.subprocess.Process:
    clean = {k: v for k, v in os.environ.items() if k not in ("SHARD_COUNT", "SHARD_IDS", "DATABASE_URL")}
    settings = {
        "DISCORD_TOKEN": fake.token,
        "DISCORD_API_URL": fake.api_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "DATABASE_URL": url,
        "LOG_LEVEL": os.environ.get("LOAD_LOG_LEVEL", "WARNING"),
        "FACTS_REFRESH_SECONDS": "3600",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=workdir, env=clean | settings | env,
        stdout=asyncio.subprocess.DEVNULL, stderr=log,
    )  # fmt: skip


class ReplyTracker:
    """Follows what the bot sends and notes, per question, when each reply to it was stored."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.replies: dict[int, list[float]] = {}
        self._events: dict[int, asyncio.Event] = {}
        self._seen = 0

    def expect(self, question_id: int) -> asyncio.Event:
        event = self._events.setdefault(question_id, asyncio.Event())
        if question_id in self.replies:
            event.set()
        return event

    async def run(self) -> None:
        sent = self.fake.state.sent  # the live list (FakeDiscord.sent is a copy)
        while True:
            with contextlib.suppress(TimeoutError):
                await self.fake.state.changed.wait_until(lambda: len(sent) > self._seen, 1.0, "a reply")
            for message in sent[self._seen :]:
                ref = (message.message_reference or {}).get("message_id")
                if ref is not None:
                    self.replies.setdefault(int(ref), []).append(message.at)
                    self.expect(int(ref)).set()
            self._seen = len(sent)


class Faults:
    """Injected as the burst goes on: per-route 429s, a gateway drop, the global 429 limit, another drop."""

    def __init__(self, fake: FakeDiscord, *, enabled: bool = True) -> None:
        self.drops: list[asyncio.Task[None]] = []
        self.plan: list[tuple[float, Callable[[], object]]] = [
            (0.1, lambda: fake.rate_limit_next_sends(20, retry_after=0.05)),
            (0.3, lambda: self.drops.append(asyncio.create_task(fake.drop_connection()))),
            (0.5, lambda: fake.rate_limit_next_sends(5, retry_after=0.1, is_global=True)),
            (0.7, lambda: self.drops.append(asyncio.create_task(fake.drop_connection()))),
        ]
        if not enabled:
            self.plan = []

    def at(self, progress: float) -> None:
        """Inject every fault planned up to this share of the questions asked."""
        while self.plan and self.plan[0][0] <= progress:
            self.plan.pop(0)[1]()


async def _warm_up(fake: FakeDiscord, guilds: list[FakeGuild], user: FakeUser, tracker: ReplyTracker) -> None:
    """A few questions per guild first, not counted: first answers pay one-time costs (imports, caches)."""
    for guild in guilds:
        channel = fake.create_channel(guild, "warm-up")
        for question in QUESTIONS[:3]:
            message = await fake.send_message(
                channel, user, question if question.startswith("!") else "!" + question
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(tracker.expect(int(message["id"])).wait(), REPLY_WAIT)


async def _burst(
    fake: FakeDiscord, channels: list[FakeChannel], users: list[FakeUser], count: int, tracker: ReplyTracker
) -> dict[int, float]:
    """Every channel asks its share, one question at a time (the next when the reply came, or after
    REPLY_WAIT seconds): len(channels) questions in flight. Message id -> dispatch time."""
    asked: dict[int, float] = {}
    mention = f"<@{fake.bot_user.id}> "

    async def channel_loop(c: int) -> None:
        for n in range(c, count, len(channels)):
            question = QUESTIONS[n % len(QUESTIONS)]
            started = time.perf_counter()
            message = await fake.send_message(
                channels[c], users[n], question if question.startswith("!") else mention + question
            )
            asked[int(message["id"])] = started
            faults.at(len(asked) / count)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(tracker.expect(int(message["id"])).wait(), REPLY_WAIT)

    faults = Faults(fake, enabled=INJECT_FAULTS)
    await asyncio.gather(*(channel_loop(c) for c in range(len(channels))))
    return asked


async def run_setup(name: str, url: str, shards: int, questions: int, channel_count: int) -> Result:
    """Start the bot process(es), send the burst with faults, and count the replies."""
    async with FakeDiscord(shards=shards) as fake:
        guilds = guild_per_shard(fake, shards) if shards > 1 else [fake.create_guild("Load")]
        users = [fake.create_user(f"fan{n}") for n in range(questions)]
        for guild in guilds:
            for user in users:
                fake.add_member(guild, user)
        channels = [fake.create_channel(guilds[c % len(guilds)], f"load-{c}") for c in range(channel_count)]
        tracker = ReplyTracker(fake)
        following = asyncio.create_task(tracker.run())
        with tempfile.TemporaryDirectory() as tmp:
            env = (
                [{"SHARD_COUNT": str(shards), "SHARD_IDS": f"[{i}]"} for i in range(shards)]
                if shards > 1
                else [{}]
            )
            log = open(os.environ.get("LOAD_LOG", os.devnull), "ab")  # noqa: SIM115, ASYNC230 (closed below)
            processes = [await _spawn(fake, Path(tmp), url, log, **e) for e in env]
            try:
                await fake.wait_until(lambda: len(fake.gateway.sessions) == len(processes), 120, "IDENTIFY")
                await asyncio.sleep(2.0)  # GUILD_CREATEs processed, commands synced
                await _warm_up(fake, guilds, users[0], tracker)
                started = time.perf_counter()
                asked = await _burst(fake, channels, users, questions, tracker)
                seconds = time.perf_counter() - started
                await asyncio.sleep(2.0)  # time for a late or duplicate reply to show up
            finally:
                following.cancel()
                for process in processes:
                    if process.returncode is None:
                        process.terminate()
                await asyncio.gather(*(p.wait() for p in processes))
                log.close()
    replies = {i: tracker.replies.get(i, []) for i in asked}
    return Result(
        name,
        len(asked),
        once=sum(1 for at in replies.values() if len(at) == 1),
        lost=sum(1 for at in replies.values() if not at),
        duplicated=sum(1 for at in replies.values() if len(at) > 1),
        latencies_ms=[(min(at) - asked[i]) * 1000 for i, at in replies.items() if at],
        seconds=seconds,
    )


async def _postgres_database() -> tuple[str, str]:
    import asyncpg

    name = f"marquee_load_{uuid.uuid4().hex[:10]}"
    dsn = POSTGRES_ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://")
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return f"{POSTGRES_ADMIN_URL.rsplit('/', 1)[0]}/{name}", name


async def _drop_database(name: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(POSTGRES_ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--channels", type=int, default=50)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--no-faults", action="store_true", help="no 429s or drops (a baseline)")
    args = parser.parse_args()
    global INJECT_FAULTS
    INJECT_FAULTS = not args.no_faults
    channels = max(args.channels, -(-args.questions // PER_CHANNEL_LIMIT))
    faults = "no faults" if args.no_faults else "25 429s (5 global), 2 gateway drops"
    print(f"{args.questions} questions from {channels} channels at once; {faults}")
    with tempfile.TemporaryDirectory() as tmp:
        sqlite_url = f"sqlite+aiosqlite:///{Path(tmp) / 'load.db'}"
        print(
            (await run_setup("SQLite, one process", sqlite_url, 1, args.questions, channels)).render(),
            flush=True,
        )
    if args.skip_postgres:
        return 0
    url, name = await _postgres_database()
    try:
        print((await run_setup("PostgreSQL, two shards", url, 2, args.questions, channels)).render())
    finally:
        await _drop_database(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
