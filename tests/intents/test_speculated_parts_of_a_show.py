"""The part fans speculate about, asked of a show with no one named ("whats the rumoured character in agatha
all along"): the one credit there holding a speculation answers it."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    "question",
    [
        "whats the rumored character in agatha all along",
        "agatha all along, who's he rumoured to be playing",
        "the show joe locke is in with aubrey plaza - whats the rumored character",
    ],
)
async def test_the_speculated_part_on_a_show_is_found_without_a_name(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question)
    assert "Wiccan" in answer.text and "Joe Locke" in answer.text


async def test_a_show_without_speculation_gets_no_speculated_part(engine: QuestionEngine) -> None:
    answer = await engine.answer("whats the rumored character in heartstopper")
    assert "Wiccan" not in answer.text


async def test_the_kin_of_a_part_supposed_of_someone_is_what_the_speculation_says(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("if joe locke really is wiccan, whose kid is that")
    assert "one of Wanda's children" in answer.text


async def test_a_part_someone_will_maybe_play_is_the_speculated_part(engine: QuestionEngine) -> None:
    answer = await engine.answer("what did they say joe locke will maybe play in agatha all along")
    assert answer.text.startswith("Joe Locke plays Mystery Teen in Agatha All Along")
