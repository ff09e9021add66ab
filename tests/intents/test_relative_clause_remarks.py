"""A relative clause the fan adds to talk ("..., which i've never heard of??") describes; it asks nothing,
so the question after it is the one answered."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.sentences import asks_in_a_clause
from tests.helpers import BEFORE_PREMIERE


def test_a_relative_clause_is_no_question_clause() -> None:
    assert not asks_in_a_clause("there's a story consultant on it, which we never hear about??")
    assert asks_in_a_clause("the guy who directed it, which else has he done?")


async def test_the_question_after_talk_with_a_relative_clause_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "i read heartstopper credits a story consultant, which i've honestly never even heard of as a role?? "
        "who is it",
        now=BEFORE_PREMIERE,
    )
    assert "Lauren James" in answer.text
