"""The fan's reason for asking, run on after the question with "bc", "because" or "cause" ("... bc i need to
plan my whole week around it"), is no part of it: its words ("plan", "weekend") ask nothing. Invented world
beside the seed facts (tests/intents/fan_world.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.asking import question_part


async def test_a_reason_with_bc_is_no_part_of_the_question(fans: QuestionEngine) -> None:
    answer = await fans.answer("who plays marisol in ember crossing bc i need to plan my week around it")
    assert "Tobias Grell" in answer.text


async def test_a_reason_with_because_is_no_part_of_a_shorthand_question(fans: QuestionEngine) -> None:
    answer = await fans.answer("ember crossing s2 date because i need to plan my whole week around it")
    assert "June 10, 2025" in answer.text


async def test_a_reason_after_a_shorthand_naming_someone_is_no_part_of_it(fans: QuestionEngine) -> None:
    answer = await fans.answer("tobias grell ember crossing because i swear i dreamed about it last night")
    assert "Marisol Dunne" in answer.text


def test_a_because_in_the_talk_before_the_question_cuts_nothing() -> None:
    asked, _said = question_part(
        "i only started watching because my feed kept showing me clips. ember s2 date"
    )
    assert asked == "ember s2 date"
