"""A shorthand question (no question word nor mark) after a clause of the fan's talk set off by a comma, an
emoji or "so" ("I'M PANICKING, andor s2 dirs", "... staring at the wall so andor s2 dirs"), a bracketed
request with a courtesy in it ("(serious answers only pls)"), and "i'll" as the fan's own talk. Invented
world beside the seed facts (tests/intents/fan_world.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.question_sentence import question_sentence
from intents.understand.talk import talk_only, without_talk_aside


async def test_a_shorthand_after_a_shouted_clause_of_talk_is_asked(fans: QuestionEngine) -> None:
    answer = await fans.answer(
        "OMG I JUST SAW A SCREENSHOT GOING AROUND AND NOW I'M PANICKING, quiet orchad creator"
    )
    assert "Wendell Harp" in answer.text


async def test_a_shorthand_after_talk_and_so_is_asked(fans: QuestionEngine) -> None:
    answer = await fans.answer(
        "ugh my wifi died mid episode and now im just sitting here staring at the wall so ember s2 date"
    )
    assert "June 10, 2025" in answer.text


def test_a_correction_is_no_talk_before_a_shorthand() -> None:
    asked, _said = question_sentence("i mean marisol dunne, not ines")
    assert "marisol" in asked


def test_a_claim_after_talk_is_no_shorthand_question() -> None:
    asked, _said = question_sentence("let me guess, the critics score is like 84%")
    assert asked.startswith("let me guess")


async def test_a_bracketed_request_with_a_courtesy_is_talk(fans: QuestionEngine) -> None:
    answer = await fans.answer("what else has the guy who plays ines marr been in (serious answers only pls)")
    assert "Serious" not in answer.text
    assert without_talk_aside("who plays ines (no spoilers please)")[1] == "no spoilers please"


def test_ill_is_the_fans_own_talk() -> None:
    assert talk_only("ok i'll keep it short")
