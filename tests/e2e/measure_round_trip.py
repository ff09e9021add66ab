"""Time Marquee through the fake Discord: `python -m tests.e2e.measure_round_trip [N]`.

Prints, for N questions each: mention, prefix command, slash command and autocomplete
round trips (user event sent -> bot's reply recorded by the fake REST API), the engine
alone, and for the real `python -m bot run` process: start-up, first answer, SIGTERM exit.
"""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot.discord_app import create_bot, default_intents
from bot.limiter import Limiter
from bot.localdiscord import FakeDiscord, running
from bot.localdiscord.world import World, build_world
from db.bootstrap import open_database
from intents.engine import QuestionEngine

from .conftest import marquee_settings


def report(name: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
    print(
        f"{name:<38} n={len(ms):<4} median {statistics.median(ms):6.2f} ms"
        f"  p95 {p95:6.2f} ms  max {ms[-1]:6.2f} ms"
    )


async def timed(n: int, action: Callable[[], Awaitable[Any]]) -> list[float]:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        await action()
        times.append(time.perf_counter() - started)
    return times


async def in_process(n: int, directory: str) -> None:
    database = await open_database(f"sqlite+aiosqlite:///{directory}/inprocess.db")
    engine = await QuestionEngine.from_sessions(database.sessions)
    try:
        async with FakeDiscord() as server:
            world: World = build_world(server)
            bot = create_bot(marquee_settings(), engine, database.sessions, intents=default_intents())
            bot.limiter = Limiter(per_user=(10**9, 1.0), per_channel=(10**9, 1.0))  # measure, don't throttle
            started = time.perf_counter()
            async with running(bot, server):
                print(f"login + connect + READY: {(time.perf_counter() - started) * 1000:.0f} ms")
                channel, user, mention = world.general, world.member, f"<@{server.bot_user.id}>"

                async def message(text: str) -> None:
                    await server.send_message(channel, user, text)
                    await server.wait_for_message(channel.id)

                async def slash() -> None:
                    record = await server.run_command("premiere", channel, user, {"show": "Heartstopper"})
                    await server.wait_for_reply(record)

                report(
                    "mention: who plays nick?", await timed(n, lambda: message(f"{mention} who plays nick?"))
                )
                report(
                    "prefix: !premiere heartstopper",
                    await timed(n, lambda: message("!premiere heartstopper")),
                )
                report("slash: /premiere show:Heartstopper", await timed(n, slash))
                report(
                    "autocomplete: /premiere show:hea",
                    await timed(
                        n, lambda: server.autocomplete("premiere", channel, user, {"show": "hea"}, "show")
                    ),
                )
                report("engine.answer alone", await timed(n, lambda: engine.answer("who plays nick?")))
    finally:
        await database.close()


async def as_process(directory: str) -> None:
    async with FakeDiscord() as server:
        world = build_world(server)
        env = {
            **os.environ,
            "DISCORD_TOKEN": server.token,
            "DISCORD_API_URL": server.api_url,
            "DISCORD_GATEWAY_URL": server.gateway_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{directory}/process.db",
        }
        started = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=directory, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        await server.wait_until(lambda: bool(server.gateway.sessions), 60, "IDENTIFY")
        identified = time.perf_counter()
        await server.send_message(world.general, world.member, "!premiere heartstopper")
        await server.wait_for_message(world.general.id, within=30)
        answered = time.perf_counter()
        process.send_signal(signal.SIGTERM)
        code = await process.wait()
        print(
            "`python -m bot run` on a new SQLite file: "
            f"start -> IDENTIFY {(identified - started) * 1000:.0f} ms, "
            f"first answer {(answered - identified) * 1000:.0f} ms, "
            f"SIGTERM -> exit {(time.perf_counter() - answered) * 1000:.0f} ms (exit code {code})"
        )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as directory:
        asyncio.run(in_process(n, directory))
        asyncio.run(as_process(directory))


if __name__ == "__main__":
    main()
