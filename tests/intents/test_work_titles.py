"""Titles known only from a person's other work, and a person credited behind the camera."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


async def test_who_made_a_title_from_someones_other_work_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed the library suicides", now=BEFORE)
    assert answer.kind == "answer"
    assert answer.answers == ("Euros Lyn",)
    answer = await engine.answer("who made docter who", now=BEFORE)
    assert answer.answers == ("Euros Lyn",)


async def test_other_facts_of_such_a_title_are_said_to_be_missing(engine: QuestionEngine) -> None:
    answer = await engine.answer("when did shetland come out", now=BEFORE)
    assert answer.text.startswith("I don't have facts about Shetland")
    assert "Andy Newberry" in answer.text


async def test_an_unknown_title_nobody_worked_on_stays_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed stranger things", now=BEFORE)
    assert answer.text == "I don't have facts about Stranger Things."


async def test_a_role_asked_of_someone_credited_off_screen_is_their_credited_job(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("lauren james heartstopper role", now=BEFORE)
    assert answer.kind == "answer" and "story consultant" in answer.text


async def test_a_part_asked_of_someone_credited_off_screen_says_no_acting_role(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("who does lauren james play in heartstopper", now=BEFORE)
    assert answer.text.startswith("I don't have an acting role for Lauren James")
    assert "story consultant" in answer.text


async def test_a_yes_no_question_about_someones_work_credit_is_answered_yes(engine: QuestionEngine) -> None:
    answer = await engine.answer("has andy newberry directed episodes of shetland?", now=BEFORE)
    assert answer.text.startswith("Yes")


async def test_a_yes_no_question_crediting_someone_else_says_what_is_known(engine: QuestionEngine) -> None:
    answer = await engine.answer("did kit connor work on torchwood?", now=BEFORE)
    assert answer.text.startswith("No") and "Torchwood" in answer.text
    assert "Nick Nelson" in answer.text  # what Kit Connor is known for instead


async def test_a_longer_unknown_title_holding_a_work_title_stays_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed hidden figures", now=BEFORE)
    assert answer.kind == "unknown" and "Newberry" not in answer.text
    answer = await engine.answer("who directed nicky larson", now=BEFORE)
    assert answer.kind == "unknown" and "Heartstopper" not in answer.text


async def test_a_job_nobody_on_such_a_title_did_is_said_to_be_missing_first(engine: QuestionEngine) -> None:
    # fanq45: "who directed the crown" was answered with its writer; Newberry directed Shetland, not wrote it.
    answer = await engine.answer("who wrote shetland", now=BEFORE)
    assert answer.text.startswith("I don't have who wrote Shetland") and "Andy Newberry" in answer.text
    answer = await engine.answer("who created doctor who", now=BEFORE)
    assert answer.text.startswith("I don't have who created Doctor Who") and "Euros Lyn" in answer.text
    answer = await engine.answer("who directed shetland", now=BEFORE)
    assert answer.kind == "answer" and answer.answers == ("Andy Newberry",)
