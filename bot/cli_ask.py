"""`marquee ask` and `marquee chat`: the question engine in a terminal."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from typing import TextIO

from bot.batch_lines import decode_line
from bot.render_text import render_text
from db.bootstrap import Database, open_database
from intents.engine import QuestionEngine
from intents.query import Conversation

PROMPT = "you> "


def parse_now(value: str | None) -> dt.datetime | None:
    """Parse --now: an ISO-8601 date or date-time; a naive value is taken as UTC."""
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


async def open_engine(url: str | None) -> tuple[Database, QuestionEngine]:
    """Open (migrate, seed) the database and load the engine."""
    database = await open_database(url)
    engine = await QuestionEngine.from_sessions(database.sessions)
    return database, engine


async def ask_one(
    url: str | None, question: str, as_json: bool, now: dt.datetime | None, default_show: str | None, tz: str
) -> int:
    """Answer one question and print it."""
    database, engine = await open_engine(url)
    try:
        answer = await engine.answer(question, Conversation(), now=now, default_show=default_show, tz=tz)
    finally:
        await database.close()
    print(json.dumps(answer.to_json(question), ensure_ascii=False) if as_json else render_text(answer))
    return 0


async def ask_batch(
    url: str | None,
    lines: Iterable[str],
    as_json: bool,
    now: dt.datetime | None,
    default_show: str | None,
    tz: str,
    out: TextIO | None = None,
) -> int:
    """Answer one question per line, each in its own conversation, printing one line (or JSON object) each."""
    out = out or sys.stdout  # looked up per call so redirected output (tests, pipes) is honoured
    database, engine = await open_engine(url)
    try:
        for raw in lines:
            question = raw.rstrip("\r\n")
            answer = await engine.answer(question, Conversation(), now=now, default_show=default_show, tz=tz)
            if as_json:
                out.write(json.dumps(answer.to_json(question), ensure_ascii=False) + "\n")
            else:
                out.write(answer.text.replace("\n", " ") + "\n")
    finally:
        await database.close()
    out.flush()
    return 0


async def chat(url: str | None, now: dt.datetime | None, default_show: str | None, tz: str) -> int:
    """An interactive conversation; the last show is remembered between lines."""
    database, engine = await open_engine(url)
    conversation = Conversation()
    interactive = sys.stdin.isatty()
    print(
        "Marquee chat: ask about a show, e.g. “when does heartstopper season 3 come out?”. "
        "Ctrl-D or `quit` ends."
    )
    try:
        while True:
            if interactive:
                print(PROMPT, end="", flush=True)
            raw = sys.stdin.buffer.readline()  # bytes: a bad byte is replaced, not fatal
            line = decode_line(raw)
            if not raw or line.strip().lower() in {"quit", "exit", ":q"}:
                break
            if not line.strip():
                continue
            answer = await engine.answer(line, conversation, now=now, default_show=default_show, tz=tz)
            print(render_text(answer), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        await database.close()
    print("Bye!")
    return 0
