"""A later question of a message that owns something by "his" or "her" ("..., and when is his disney+ show
out") is about the one person an earlier part answered, as that person's possessive
(intents/understand/several.py): the thing owned is theirs, not the show the earlier answer was about."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "who plays charlie, and when is his disney+ show out",
        "who plays nick's love interest and when's his marvel debut",
    ],
)
async def test_his_show_is_the_answered_persons_show(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=NOW)
    assert "Joe Locke" in answer.text
    assert "September 18" in answer.text
    assert "October 3" not in answer.text  # not the season of the show the first part was about


async def test_his_role_somewhere_is_the_answered_persons_role(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays nick's love interest and what is his marvel role", now=NOW)
    assert "Mystery Teen" in answer.text
    assert "Which person" not in answer.text
