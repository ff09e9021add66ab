"""Shows described by someone on them: a possessive with a description, a first name alone, "with X"
(seed facts; clock a month before the season 3 premiere)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_first_names_described_show_is_their_show_that_fits(engine: QuestionEngine) -> None:
    answer = await engine.answer("yo is joe's marvel show out")
    assert answer.text.startswith("No") and "September 18" in answer.text


async def test_a_first_names_show_is_their_one_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("is kit's show back yet")
    assert answer.text.startswith("Not yet") and "October 3" in answer.text


async def test_a_described_show_with_someone_leaves_no_person_in_the_question(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is the mcu show with joe locke a spin off of")
    assert "WandaVision" in answer.text and answer.kind == "answer"


async def test_a_described_show_whose_name_is_asked_is_named_with_its_owner(engine: QuestionEngine) -> None:
    answer = await engine.answer("jl mcu show name?")
    assert "Agatha All Along" in answer.text and answer.kind == "answer"


async def test_a_first_name_in_a_clause_after_a_description_is_someone_on_that_show(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("is the marvel thing joe is in on netflix")
    assert answer.text.startswith("No") and "Disney+" in answer.text


async def test_a_first_name_of_nobody_on_the_described_show_leaves_it_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer("is the marvel thing kit is in on netflix")
    assert "Agatha All Along" not in answer.text
