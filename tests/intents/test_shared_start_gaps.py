"""Two waits counted from now held against each other ("is the gap between today and agatha shorter than
the gap to hs3?"): the shorter wait is to the premiere that comes first."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

BEFORE_BOTH = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is the gap between today and agatha shorter than the gap to hs3?", "Yes"),
        (
            "is the gap between the article date (sept 3) and agatha's premiere shorter than the gap to hs3?",
            "Yes",
        ),
        ("is the wait from now until hs3 shorter than the wait for agatha", "No"),
        ("is the gap between today and hs3 longer than the gap to agatha?", "Yes"),
    ],
)
async def test_the_shorter_wait_from_now_is_to_the_earlier_premiere(
    engine: QuestionEngine, question: str, verdict: str
) -> None:
    answer = await engine.answer(question, now=BEFORE_BOTH)
    assert answer.text.startswith(verdict)
