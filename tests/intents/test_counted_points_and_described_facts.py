"""Talk a fan wraps a question in that must not be read as the question or as a title: points counted off
("first of all ..., third of all who's in it"), a sentence that goes on with the one before ("... lol. for the
new season"), and "the" with describing words before the fact asked ("the basic premise"). Invented world
beside the seed facts (tests/intents/fan_world.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from intents.understand.question_sentence import question_sentence


# Kept right on main by luck (the whole message read as one sentence); guards the emoji sentence ends.
async def test_the_point_counted_last_is_the_question(fans: QuestionEngine) -> None:
    answer = await fans.answer(
        "first of all i love this bot, second of all WHY IS THE WAIT SO LONG 😭😭 third of all who created "
        "the quiet orchard"
    )
    assert "Wendell Harp" in answer.text


def test_a_sentence_going_on_with_the_one_before_is_no_question_of_its_own() -> None:
    asked, _said = question_sentence("i meant the director not the creator lol. for the new season")
    assert "director" in asked


async def test_describing_words_before_the_fact_asked_are_no_title(fans: QuestionEngine) -> None:
    answer = await fans.answer("i love ember crossing. can someone give me the basic cast??")
    assert "Tobias Grell" in answer.text


async def test_the_exact_date_is_no_title(fans: QuestionEngine) -> None:
    answer = await fans.answer("i love ember crossing. can someone tell me the exact date??")
    assert "June 10, 2025" in answer.text


async def test_the_basic_premise_is_no_title(fans: QuestionEngine) -> None:
    answer = await fans.answer("i love ember crossing. can someone give me the basic premise??")
    assert "The Basic" not in answer.text
    assert "Ember Crossing" in answer.text


def test_a_shorthand_question_after_talk_is_split_from_it() -> None:
    asked, said = question_part("sorry for spamming the channel today. ember crossing s2 episodes")
    assert asked == "ember crossing s2 episodes"
    assert "spamming" in said
