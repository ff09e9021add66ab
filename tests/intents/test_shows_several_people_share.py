"""The show several people share: three, asked with the question word late ("A and B are in what with C"),
or two joined by "and" ("which show were A and B shooting")."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_show_three_people_are_all_in_is_named(engine: QuestionEngine) -> None:
    answer = await engine.answer("kathryn hahn and aubrey plaza are in what with joe locke")
    assert answer.text == "Kathryn Hahn, Aubrey Plaza and Joe Locke are all in Agatha All Along."


async def test_three_people_no_show_holds_together_are_said_so(engine: QuestionEngine) -> None:
    answer = await engine.answer("what are kit connor, joe locke and aubrey plaza all in together")
    assert answer.text == "I don't have a show with all of Kit Connor, Joe Locke and Aubrey Plaza."


async def test_a_show_two_people_joined_by_and_are_asked_of_is_the_one_they_share(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("which show were joe locke and kit connor shooting")
    assert answer.text == "Joe Locke and Kit Connor are both in Heartstopper."


async def test_a_show_two_crew_members_are_asked_of_keeps_their_credits(engine: QuestionEngine) -> None:
    answer = await engine.answer("which show did euros lyn and andy newberry direct")
    assert answer.text.startswith("Euros Lyn directed")


async def test_other_shows_of_two_people_joined_by_and_are_each_ones(engine: QuestionEngine) -> None:
    answer = await engine.answer("what other shows have euros lyn and andy newberry done")
    assert "Doctor Who" in answer.text and "Shetland" in answer.text
