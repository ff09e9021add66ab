""" "And in heartstopper (with him)?" after "who's in agatha all along with joe locke" asks the thread's
question in that show (its cast), not whether he is in it; after a yes/no check it is still a check."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_and_in_another_show_after_a_cast_question_gives_that_cast(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in agatha all along with joe locke", "and in heartstopper with him?")
    assert "Kit Connor" in answer.text and not answer.text.startswith("Yes")


async def test_and_in_another_show_after_a_check_is_still_a_check(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is kit connor in heartstopper", "and in agatha?")
    assert answer.text.startswith("No")
