"""The show three people share, asked with the question word late ("A and B are in what with C")."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_show_three_people_are_all_in_is_named(engine: QuestionEngine) -> None:
    answer = await engine.answer("kathryn hahn and aubrey plaza are in what with joe locke")
    assert answer.text == "Kathryn Hahn, Aubrey Plaza and Joe Locke are all in Agatha All Along."


async def test_three_people_no_show_holds_together_are_said_so(engine: QuestionEngine) -> None:
    answer = await engine.answer("what are kit connor, joe locke and aubrey plaza all in together")
    assert answer.text == "I don't have a show with all of Kit Connor, Joe Locke and Aubrey Plaza."
