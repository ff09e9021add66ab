"""'in which show' after an answer about someone's part names the show that answer was about."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_in_which_show_after_a_part_names_its_show(world: QuestionEngine) -> None:
    answer = await chat(world, "who does nadia ferris play", "in which show")
    assert "Copper Lanterns" in answer.text and "Wren Hale" in answer.text


async def test_which_show_with_a_question_of_its_own_is_not_read_as_the_last_answers(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "who does nadia ferris play", "which show has the higher critics score")
    assert "Wren Hale" not in answer.text
