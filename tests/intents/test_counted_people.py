"""A count said before the people asked about ("the two directors") is not part of the question."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.understand.counted_people import without_count_of_people
from tests.helpers import chat


@pytest.mark.parametrize(
    "question", ["who are the two directors on heartstopper", "who are the 2 directors of heartstopper"]
)
async def test_a_count_before_directors_asks_for_the_directors(engine: QuestionEngine, question: str) -> None:
    answer = await chat(engine, question)
    assert answer.kind == "answer" and "Euros Lyn" in answer.text and "Andy Newberry" in answer.text


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("the two main actors", "the main actors"),
        ("both 2 leads", "both leads"),
        ("the two of them", "the two of them"),  # no people word after the count: a pick, kept
        ("the first two seasons", "the first two seasons"),
    ],
)
def test_only_a_count_right_before_a_plural_for_people_is_dropped(words: str, kept: str) -> None:
    assert without_count_of_people(words.split()) == kept.split()
