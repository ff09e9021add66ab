"""Someone's co-stars in a show with others set aside: the one they are asked "with" and the one whose
castmates are asked are set aside too; "castmates" is read as co-stars, and asked back it is no check."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_one_asked_with_is_set_aside_beside_those_after_besides(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's in agatha all along with joe locke apart from kathryn hahn")
    assert answer.text.startswith(
        "Besides Joe Locke and Kathryn Hahn, I have Aubrey Plaza and Paul Adelstein"
    )


async def test_the_one_whose_castmates_are_asked_is_set_aside(engine: QuestionEngine) -> None:
    answer = await engine.answer("joe locke's agatha castmates besides kathryn hahn?")
    assert answer.text.startswith("Besides Joe Locke and Kathryn Hahn")


async def test_castmates_are_read_as_the_cast(engine: QuestionEngine) -> None:
    answer = await engine.answer("who are kit connor's castmates")
    assert "Joe Locke" in answer.text


async def test_co_stars_in_a_show_asked_back_are_listed_not_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer("joe locke costars in agatha?")
    assert not answer.text.startswith("Yes")
    assert "Kathryn Hahn" in answer.text


async def test_the_others_with_someone_in_a_show_are_its_cast_not_their_work(engine: QuestionEngine) -> None:
    for question in (
        "who are the other big names with joe locke in that agatha show?",
        "who else is with joe locke in agatha all along?",
    ):
        answer = await engine.answer(question)
        assert "Aubrey Plaza" in answer.text and "Paul Adelstein" in answer.text, question
