"""The modules no first question of a conversation and no one-hop answer needs are imported where first used
and by the warm-up; a process that imports them late answers as one that has them from the start."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from intents.engine import QuestionEngine
from tests.helpers import replies

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
CONVERSATION = ("when does heartstopper season 3 come out", "and season 2?", "who directed it")
# In a fresh process: what is imported with the engine, the conversation's answers without any warm-up (each
# deferred module imported by the question first needing it), and what the warm-up imports.
SCRIPT = """
import asyncio, datetime as dt, json, sys
from bot.cli_ask import close, open_engine
from intents.engine import DEFERRED_MODULES
from intents.query import Conversation

def imported():
    return [name in sys.modules for name in DEFERRED_MODULES]

async def main():
    at_import = imported()
    database, engine = await open_engine(sys.argv[1])
    conversation, now = Conversation(), dt.datetime.fromisoformat(sys.argv[2])
    first = await engine.answer(sys.argv[3], conversation, now=now)
    after_first = imported()
    texts = [first.text] + [(await engine.answer(q, conversation, now=now)).text for q in sys.argv[4:]]
    await close(database)
    engine.warm_up()
    print(json.dumps([at_import, after_first, texts, imported()]))

asyncio.run(main())
"""


def _fresh_process(url: str) -> tuple[list[bool], list[bool], list[str], list[bool]]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, url, NOW.isoformat(), *CONVERSATION],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    at_import, after_first, texts, after_warm_up = json.loads(done.stdout)
    return at_import, after_first, texts, after_warm_up


async def test_deferred_modules_wait_for_their_first_use_and_answers_are_the_same(
    engine: QuestionEngine, sqlite_url: str
) -> None:
    engine.warm_up()  # this process has every module from the start
    expected = [answer.text for answer in await replies(engine, *CONVERSATION, now=NOW)]
    at_import, after_first, texts, after_warm_up = _fresh_process(sqlite_url)
    assert not any(at_import)
    assert not all(after_first)  # a first question is no follow-up
    assert texts == expected
    assert all(after_warm_up)
