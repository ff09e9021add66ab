"""Follow-ups that name a show by what kind it is rather than by its title ("the disney one", "the mcu show",
"the wandavision spin-off"): the last question is asked again about that show."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_network_one_repeats_the_last_question_about_the_show_on_that_network(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "when is heartstopper season 3 out", "and the disney one?")
    assert answer.answers[:1] == ("2024-09-18",)


async def test_a_described_show_after_a_yes_no_check_checks_that_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is heartstopper on netflix", "what about the mcu show")
    assert answer.text.startswith("No") and "Disney+" in answer.text


async def test_a_long_alias_alone_repeats_the_last_question_about_its_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "where's heartstopper streaming", "and the wandavision spin-off?")
    assert "Disney+" in answer.text and "spin-off" not in answer.text


async def test_besides_that_sets_aside_the_show_just_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "what else is he in besides that")
    assert "Agatha All Along" in answer.text


async def test_the_other_role_after_taking_back_a_name_asks_who_else_held_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper season 3", "not that one, the other director")
    assert answer.text.startswith("Euros Lyn")


async def test_the_network_one_inside_a_check_is_the_show_on_that_network(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who is kathryn hahn", "is she in the netflix one")
    assert answer.text.startswith("No") and "Heartstopper" in answer.text


async def test_a_correction_to_a_described_show_asks_the_last_question_of_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when does agatha come out", "no i mean the netflix one")
    assert "2024-10-03" in answer.answers


async def test_it_after_a_title_question_not_understood_is_never_the_default_show(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "is there a new girl movie", "when's it out")
    assert "Heartstopper" not in answer.text and "Netflix" not in answer.text


async def test_the_second_guy_is_the_second_person_asked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie", "who plays nick", "is the second guy in agatha")
    assert answer.text.startswith("No") and "Kit Connor" in answer.text


async def test_a_show_described_by_its_cast_then_a_question_asks_that_of_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in agatha all along", "and the show with kit connor, who made it")
    assert "Alice Osman" in answer.text


async def test_the_other_lead_is_the_top_billed_actor_not_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick", "oh wait, the other lead")
    assert answer.text.startswith("Joe Locke")
