"""'Is either of them in X?' is yes when one of them is: each person is still said."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_either_of_them_is_yes_when_one_holds_it(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("who plays charlie and nick in heartstopper?", conversation, now=BEFORE)
    answer = await engine.answer("is either of them in a marvel show?", conversation, now=BEFORE)
    assert answer.text.startswith("Yes"), answer.text
    assert "Kit Connor is not" in answer.text
