"""Whether one person held a crew role over every season ("did the same person direct all three seasons"):
no when the credits name several people, yes when one."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "did the same person direct all three seasons of heartstopper",
        "did one person direct every season of heartstopper",
        "was every season of heartstopper directed by the same person",
        "has the same guy directed every episode of heartstopper",
    ],
)
async def test_two_directors_over_the_seasons_is_a_no(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=NOW)
    assert answer.text.startswith("No.")
    assert "Euros Lyn" in answer.text and "Andy Newberry" in answer.text


async def test_one_writer_over_the_seasons_is_a_yes(engine: QuestionEngine) -> None:
    answer = await engine.answer("did the same person write every season of heartstopper", now=NOW)
    assert answer.text.startswith("Yes") and "Alice Osman" in answer.text
