"""Checks a fan puts briefly in a thread, answered yes or no first: a question with its auxiliary left out
("she also write the books?") and a work named alone with "too?" after an answer naming one person."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.auxiliary_slips import auxiliary_spelt
from tests.helpers import chat


def test_a_left_out_auxiliary_is_put_back_before_a_pronoun_and_a_credit_verb() -> None:
    assert auxiliary_spelt("she also write the books?") == "did she also write the books?"
    assert auxiliary_spelt("he direct s3?") == "did he direct s3?"


def test_a_remark_without_a_question_mark_keeps_its_words() -> None:
    assert auxiliary_spelt("they play it safe.") == "they play it safe."


async def test_a_check_without_its_auxiliary_is_answered_yes_first(world: QuestionEngine) -> None:
    answer = await chat(world, "who created heartstopper", "she also write the books?")
    assert answer.text.startswith("Yes") and "Alice Osman" in answer.text


async def test_a_work_named_with_too_asks_whether_the_person_answered_made_it(world: QuestionEngine) -> None:
    answer = await chat(world, "who created heartstopper", "the books too?")
    assert answer.text.startswith("Yes") and "Alice Osman" in answer.text


async def test_a_work_too_after_an_actor_is_answered_no(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays nick in heartstopper", "the books too?")
    assert answer.text.startswith("No") and "Kit Connor" in answer.text
