"""A shrug or thanks before "what about X" ("fine what about agatha all along then") opens nothing: the last
question is asked again of X, never X's summary."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_fine_what_about_asks_the_last_question_of_the_new_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "rt critics score for heartstopper", "fine what about agatha all along then")
    assert "Rotten Tomatoes" in answer.text and "spin-off" not in answer.text
