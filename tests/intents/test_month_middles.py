"""A day a fan sets a premiere against by the middle of a month ("is hs3 out by mid october"): its 15th."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is heartstopper season 3 out by mid october", "Yes"),
        ("will hs3 be out by mid-oct", "Yes"),
        ("is agatha all along out before the middle of september", "No"),
    ],
)
async def test_the_middle_of_a_month_is_its_fifteenth(
    engine: QuestionEngine, question: str, first: str
) -> None:
    answer = await engine.answer(question, now=NOW)
    assert answer.text.startswith(first)
