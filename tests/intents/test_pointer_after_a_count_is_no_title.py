"""A pointer after a count's auxiliary ("how many episodes is that altogether") asks of what was said before,
never of a title nobody knows called "That Altogether"; a title there is still one ("what genre is bad
sisters", "what genre is this is us")."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_count_of_that_asks_of_the_show_before(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who directed the first two seasons of heartstopper", "how many episodes is that altogether"
    )
    assert answer.kind == "answer" and "16" in answer.text


async def test_a_title_asked_of_whole_is_still_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what genre is bad sisters")
    assert answer.text.startswith("I don't have facts about Bad Sisters")


async def test_a_title_opening_with_a_pointer_is_still_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what genre is this is us")
    assert answer.text.startswith("I don't have facts about This Is Us")
