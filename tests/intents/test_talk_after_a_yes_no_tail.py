"""A yes/no question ended by its tail ("or nah", "or not") with the fan's talk run on after it ("... or nah
bc i need to plan my week", "... or nah pls and thank"): the tail still asks yes or no, the talk asks
nothing. Invented world beside the seed facts (tests/intents/fan_world.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.asking import question_part


async def test_a_yes_no_tail_before_talk_still_asks_yes_or_no(fans: QuestionEngine) -> None:
    answer = await fans.answer("ember crossing s2 out or nah pls and thank")
    assert answer.text.startswith("No, not yet")


def test_the_talk_after_the_tail_is_set_aside() -> None:
    asked, said = question_part("does ember crossing have a season 2 or not pls and thank")
    assert asked == "does ember crossing have a season 2 or not"
    assert said == "pls and thank"


def test_whether_or_not_is_no_tail() -> None:
    asked, _said = question_part("not sure whether or not it was renewed")
    assert "renewed" in asked
