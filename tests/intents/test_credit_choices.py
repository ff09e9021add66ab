"""Choices of who worked on what, between named people or named titles (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_choice_of_people_names_the_one_in_the_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("which one is actually in agatha, kathryn hahn or olivia colman")
    assert answer.text.startswith("Kathryn Hahn is in Agatha All Along")


async def test_a_choice_of_people_for_work_titles_names_the_one_who_did_them(engine: QuestionEngine) -> None:
    answer = await engine.answer("doctor who and torchwood — was that euros lyn or andy newberry")
    assert answer.text.startswith("Euros Lyn worked on Doctor Who and Torchwood")


async def test_a_choice_of_titles_names_those_the_person_did(engine: QuestionEngine) -> None:
    answer = await engine.answer("which of these did andy newberry direct: torchwood, hidden, or doctor who")
    assert "Hidden" in answer.text and "Torchwood" not in answer.text


async def test_a_choice_both_people_fit_is_left_to_the_plain_answer(engine: QuestionEngine) -> None:
    answer = await engine.answer("which one directed season 3, euros lyn or andy newberry")
    assert answer.text.startswith("Andy Newberry directed")


async def test_a_choice_whose_second_side_is_no_title_is_no_title_choice(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "which is the bigger number: episodes euros lyn directed or bafta noms heartstopper got"
    )
    assert "Of those" not in answer.text


async def test_a_choice_of_titles_an_actor_is_in_says_is_in(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "which of these is joe locke in: heartstopper, wandavision or agatha all along"
    )
    assert answer.text == "Of those, Joe Locke is in Heartstopper and Agatha All Along."


async def test_a_held_show_named_by_its_short_name_is_a_choice_of_titles(engine: QuestionEngine) -> None:
    answer = await engine.answer("which show is kathryn hahn in, heartstopper or agatha")
    assert answer.text == "Of those, Kathryn Hahn is in Agatha All Along."


async def test_a_held_show_not_in_the_persons_facts_is_still_a_choice(engine: QuestionEngine) -> None:
    answer = await engine.answer("which one has yasmin finney, heartstopper or agatha all along")
    assert answer.text == "Of those, Yasmin Finney is in Heartstopper."
