"""The fan's own talk before a colon ("Asking here since the other server is dead:", "Kindly advise:") is no
part of the question after it, whether that asks with a question word or in shorthand. Invented world beside
the seed facts (tests/intents/fan_world.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.asking import question_part


async def test_a_situation_before_a_colon_leaves_the_question(fans: QuestionEngine) -> None:
    answer = await fans.answer("Asking here since the other channel is dead: is ember crossing s2 out")
    assert answer.text.startswith("No")


async def test_a_request_before_a_colon_leaves_a_shorthand_question(fans: QuestionEngine) -> None:
    answer = await fans.answer("Kindly advise: quiet orchad creator")
    assert "Wendell Harp" in answer.text


def test_the_fans_doing_before_a_colon_is_talk() -> None:
    asked, said = question_part("posting from the train so this'll be quick: who plays ines marr")
    assert asked == "who plays ines marr"
    assert "train" in said


def test_a_subject_before_a_colon_stays_with_the_question() -> None:
    asked, _said = question_part("the guy who directed s3: what else has he done")
    assert "directed s3" in asked
