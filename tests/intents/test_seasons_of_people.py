"""Which season of a show is someone's ("which heartstopper season is andy newberry's", "the hidden director -
which hs season is his"): the seasons their credit there names."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    "question",
    [
        "which heartstopper season is andy newberry's",
        "the hidden director - which hs season is his",
        "the shetland director, what heartstopper season did he do",
    ],
)
async def test_the_season_a_persons_credit_names_is_theirs(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question)
    assert answer.text.startswith("Andy Newberry directed Heartstopper season 3")


async def test_seasons_of_a_credit_over_several_are_said_as_a_range(engine: QuestionEngine) -> None:
    answer = await engine.answer("which heartstopper seasons are euros lyn's")
    assert answer.text.startswith("Euros Lyn directed Heartstopper seasons 1–2")


async def test_a_credit_naming_no_season_is_left_to_the_other_readers(engine: QuestionEngine) -> None:
    answer = await engine.answer("which season is kit connor in")
    assert "Kit Connor" in answer.text and "directed" not in answer.text


@pytest.mark.parametrize(
    "question", ["andy newbery known for what? (the hs3 director)", "what other series has euros lyn made"]
)
async def test_a_season_named_or_other_series_asks_no_season(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question)
    assert "besides heartstopper" in answer.text.lower()
