"""'What's his other show?' while a show is the subject asks for the person's show besides that one."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation

AUTUMN = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_his_other_show_is_the_one_besides_the_conversations_show(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("who's in agatha all along", conversation, now=AUTUMN)
    answer = await engine.answer("what's his other show again, the netflix one", conversation, now=AUTUMN)
    assert "Heartstopper" in answer.text
    assert answer.kind == "answer"
