"""Follow-ups of conv28: a pick among the listed people by the seasons or episodes each worked on."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.season_picks import episodes_counted
from tests.helpers import chat


async def test_which_of_them_did_a_season(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who are heartstopper's directors", "which of the two handled season 3")
    assert "Andy Newberry" in answer.text and "Euros Lyn" not in answer.text


async def test_which_of_them_did_a_run_of_seasons(engine: QuestionEngine) -> None:
    answer = await chat(engine, "name the directors of heartstopper", "which of them did seasons 1 and 2")
    assert "Euros Lyn" in answer.text and "Andy Newberry" not in answer.text


async def test_which_of_them_did_a_count_of_episodes_in_words(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper directors?", "which one directed the first sixteen episodes")
    assert "Euros Lyn" in answer.text and "Andy Newberry" not in answer.text


def test_episodes_counted_in_digits_and_words() -> None:
    assert episodes_counted("the first 16 episodes".split()) == 16
    assert episodes_counted("all sixteen eps".split()) == 16
    assert episodes_counted("the first episodes".split()) is None


async def test_that_author_is_the_person_just_named(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who wrote the heartstopper books", "did that author come up with the series too"
    )
    assert answer.text.startswith("Yes") and "Osman" in answer.text


async def test_the_same_writer_is_the_person_just_named(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who penned the heartstopper novels", "did the same writer create the show")
    assert answer.text.startswith("Yes") and "Osman" in answer.text


async def test_the_writer_alone_still_asks_who_it_is(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper season 3", "who's the writer")
    assert "Osman" in answer.text and "Newberry" not in answer.text


async def test_which_of_a_shows_cast_is_in_another_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which of the heartstopper cast is in agatha all along")
    assert "Joe Locke" in answer.text and "Kit Connor" not in answer.text


async def test_that_show_called_is_the_show_the_last_question_brought_in(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "which of the heartstopper cast is in agatha all along", "what is that show called"
    )
    assert answer.text.startswith("Agatha All Along")


async def test_that_show_called_after_one_show_is_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie spring", "what's that show called")
    assert answer.text.startswith("Heartstopper")


async def test_the_name_of_a_show_asks_what_it_is(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what is the name of agatha all along")
    assert answer.kind == "answer" and answer.text.startswith("Agatha All Along")


async def test_the_shows_a_person_has_acted_in(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows has joe locke acted in")
    assert "Heartstopper" in answer.text and "Agatha All Along" in answer.text
