"""Chatter around a fan's question: greetings before a yes/no question, asides after it, a long message
without punctuation, fans' "rn"."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.normalize import question_part

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


async def test_a_greeting_before_a_yes_no_question_keeps_it_yes_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("hey marquee, is heartstopper on netflix", now=BEFORE)
    assert answer.text.startswith("Yes")
    answer = await engine.answer("ngl i forgot, was heartstopper nominated for an emmy?", now=BEFORE)
    assert answer.text.startswith("No")


async def test_an_aside_after_the_question_is_not_a_name(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is alice oseman asking for a friend lol", now=BEFORE)
    assert answer.kind == "answer"
    assert "Friend" not in answer.text


async def test_rn_after_a_question_is_no_unknown_name(engine: QuestionEngine) -> None:
    answer = await engine.answer("what else has euros lyn worked on rn", now=BEFORE)
    assert "Doctor Who" in answer.text


async def test_a_long_chatty_message_without_punctuation_is_answered_from_its_question(
    engine: QuestionEngine,
) -> None:
    message = "hiya im rewatching heartstopper with my sister before s3 comes out who plays charlie again"
    answer = await engine.answer(message, now=BEFORE)
    assert answer.answers == ("Joe Locke",)


def test_a_long_question_without_chatter_is_not_cut() -> None:
    question = "the films that share actors with the film Harbour Lights were in which genres"
    assert question_part(question) == (question, "")


def test_a_sentence_of_thanks_or_marks_alone_is_not_the_question() -> None:
    message = "so I heard heartstopper is coming back soon and I am so excited, when does it start? thx? ??"
    asked, aside = question_part(message)
    assert asked == "when does it start?"
    assert "heartstopper" in aside
