"""A person described first with a relative clause that names another show ("the heartstopper star who's
joining a superhero series, who does he play in heartstopper"): the clause says who is meant; the question
after it is asked of the show it names."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


@pytest.mark.parametrize(
    "question",
    [
        "the heartstopper star who's joining a superhero series, who does he play in heartstopper",
        "the hs lad who is going into the mcu - who does he play in hs?",
    ],
)
async def test_the_question_after_a_relative_clause_asks_of_its_own_show(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=BEFORE_PREMIERE)
    assert "Charlie Spring" in answer.text
    assert "Mystery Teen" not in answer.text
