"""What a fan adds after the question, never a title: a note added after posting ("edit: typo", the line
break kept or gone) and asking and thanking at once ("pls and thank"). Invented world beside the seed facts
(tests/intents/fan_world.py)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    "message", ["is season 2 out?\nedit: typo", "when does season 2 come out? edit: typo"]
)
async def test_an_edit_note_is_no_part_of_the_question(fans: QuestionEngine, message: str) -> None:
    answer = await fans.answer(message)
    assert "Edit" not in answer.text and "season 2" in answer.text, answer.text


async def test_asking_and_thanking_at_once_is_no_title(fans: QuestionEngine) -> None:
    answer = await fans.answer("@bot what else is the guy who plays marisol in pls and thank")
    assert "Thank" not in answer.text
    assert "Tobias Grell" in answer.text
