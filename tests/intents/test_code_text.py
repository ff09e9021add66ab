"""Code pasted as a message (SQL statements, HTML tags) gets a short reply of its own, never "I don't have
facts about Table"; fans' punctuation is no code."""

from __future__ import annotations

import pytest

from intents.code_text import CODE_REPLY, looks_like_code
from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    "message", ["'; DROP TABLE shows; --", "robert'); drop table students;--", "<script>alert(1)</script>"]
)
async def test_code_is_answered_as_code(engine: QuestionEngine, message: str) -> None:
    answer = await engine.answer(message)
    assert (answer.kind, answer.text) == ("invalid", CODE_REPLY)


@pytest.mark.parametrize(
    "message",
    [
        "nick's dad isn't in it; who plays him",
        "who selected the cast from the books",
        "did alice oseman write it? i'm sure she did ;)",
        "is heartstopper <3 coming back",
    ],
)
def test_a_fans_punctuation_is_no_code(message: str) -> None:
    assert not looks_like_code(message)
