"""A message asking several questions: each is answered, a later one about the subject an earlier one
named, and one with no subject among several shows asks which show (invented shows of followup_world)."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.message_questions import joined_parts, question_sentences

NOW = dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC)


async def test_each_question_sentence_of_a_message_is_answered(world: QuestionEngine) -> None:
    message = "Big fan here! When does Copper Lanterns season 2 come out? And is it the final season?? thx"
    answer = await world.answer(message, now=NOW)
    assert "June 5, 2025" in answer.text and "final" in answer.text


async def test_a_question_after_a_plus_is_about_the_show_before_it(world: QuestionEngine) -> None:
    answer = await world.answer("copper lanterns s2 rd + streamer", now=NOW)
    assert "June 5, 2025" in answer.text and "Hulu" in answer.text


async def test_a_later_question_naming_no_show_inherits_the_earlier_one(world: QuestionEngine) -> None:
    answer = await world.answer("what channel is harbor nine on and who created it", now=NOW)
    assert "Peacock" in answer.text and "Lise Armitage" in answer.text


async def test_a_question_after_a_described_show_is_about_that_show(world: QuestionEngine) -> None:
    message = "in the show where nadia ferris plays wren, who plays jasper and when is the new season"
    answer = await world.answer(message, now=NOW)
    assert "Callum Otieno" in answer.text and "June 5, 2025" in answer.text
    assert "Heartstopper" not in answer.text


async def test_a_question_naming_no_show_among_several_asks_which(world: QuestionEngine) -> None:
    answer = await world.answer("when is the new season out and who is in it", now=NOW)
    assert answer.kind == "clarify" and "Which show" in answer.text


async def test_one_show_database_answers_questions_naming_none(engine: QuestionEngine) -> None:
    answer = await engine.answer("when is the new season? and who directs it?", now=NOW)
    assert answer.kind == "answer" and "Heartstopper" in answer.text


def test_an_ampersand_inside_a_known_title_joins_no_questions() -> None:
    assert joined_parts("cast of law & order", lambda key: key == "law and order") == ["cast of law & order"]


def test_an_alternative_offered_after_a_check_is_no_question_of_its_own() -> None:
    assert len(question_sentences("Is it still June 5, right? Or did they move it?")) == 1
