"""A character named by one word of their name after "the", the show named beside it ("who plays the teen
in agatha"), is that show's one character whose name holds the word."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    ["who plays the teen in agatha", "which actor is playing the teen in the wandavision spin-off"],
)
async def test_one_word_of_a_characters_name_names_them_in_the_show_named(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=NOW)
    assert answer.kind == "answer" and "Joe Locke" in answer.text, answer.text


async def test_a_word_no_character_of_the_show_has_names_no_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays the teen in heartstopper", now=NOW)
    assert "Joe Locke plays Mystery Teen" not in answer.text, answer.text
