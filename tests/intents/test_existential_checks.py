"""A reported check of being there ("she wants to know whether there's gonna be more episodes", "my dad wants
to know if there's a season 3") is asked in a question's order ("is there ..."), never read as a title
(intents/understand/existential_checks.py, sentences.embedded_question)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.existential_checks import in_question_order

NOW = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question", ["my dad wants to know if there's a season 3", "she asked if there is going to be a season 3"]
)
async def test_a_reported_check_of_a_season_being_there_is_answered(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=NOW, default_show="Heartstopper")
    assert answer.text.startswith("Yes")
    assert "October 3" in answer.text


async def test_a_reported_check_of_more_episodes_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "she wants to know whether there's gonna be more episodes", now=NOW, default_show="Heartstopper"
    )
    assert answer.kind == "answer"
    assert "16 episodes" in answer.text


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("there's a season 3", "is there a season 3"),
        ("there will be more", "will there be more"),
        ("there are more seasons", "are there more seasons"),
        ("joe locke is in it", "joe locke is in it"),
    ],
)
def test_being_there_is_asked_in_a_questions_order(said: str, asked: str) -> None:
    assert in_question_order(said.split()) == asked.split()
