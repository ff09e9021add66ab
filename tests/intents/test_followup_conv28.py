"""Follow-ups of conv28: a pick among the listed people by the seasons or episodes each worked on."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.season_picks import episodes_counted
from tests.intents.test_followups import chat


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
