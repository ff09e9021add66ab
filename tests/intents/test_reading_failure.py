"""A bug while reading a message costs that one answer: the engine logs it and replies politely, so the
bot, `marquee ask --batch` and the conversation go on (a RecursionError in name reading once ended a run)."""

from __future__ import annotations

import datetime as dt

import pytest

import intents.message_reading
from intents.engine import QuestionEngine
from intents.query import Conversation

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def _broken_reading(text: str, names: object = None) -> tuple[str, str]:
    raise RecursionError("maximum recursion depth exceeded")


async def test_a_reading_bug_gets_a_polite_reply_and_the_next_question_is_answered(
    engine: QuestionEngine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    conversation = Conversation()
    with monkeypatch.context() as patched:
        patched.setattr(intents.message_reading, "question_part", _broken_reading)
        answer = await engine.answer("who plays nick?", conversation, now=NOW)
    assert answer.kind == "unknown" and answer.text.startswith("Sorry, something went wrong")
    assert "Traceback" not in answer.text
    assert any("reading failed" in record.message for record in caplog.records)
    after = await engine.answer("who plays nick in heartstopper?", conversation, now=NOW)
    assert "Kit Connor" in after.text
