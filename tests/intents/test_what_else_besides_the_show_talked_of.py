""" "What else is he in?" leaves out the show the conversation is about when the person is in it, not the
show they are best known for (intents/handlers/people.other_work)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_what_else_after_a_part_in_another_show_names_the_show_they_are_known_for(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who plays the mystery teen in agatha all along?", "what else is he in?")
    assert answer.text.startswith("Besides Agatha All Along")
    assert "Charlie Spring" in answer.text


async def test_what_else_after_the_show_they_are_known_for_still_leaves_it_out(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper?", "what else is he in?")
    assert answer.text.startswith("Besides Heartstopper")
    assert "Mystery Teen" in answer.text
