"""Premieres compared without saying past or coming ("which one's out first", "how long after X does Y
premiere"): while both shows have a season on the way, each is compared by its coming premiere; a past word
("which is older", "which premiered first") compares the first ones."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "which one's out first, the disney+ show or the netflix one",
        "how long after the marvel show does the netflix one premiere",
        "which ones later, heartstopper or agatha",
    ],
)
async def test_shows_with_seasons_on_the_way_are_compared_by_them(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=NOW)
    assert "October 3, 2024" in answer.text and "15 days" in answer.text


@pytest.mark.parametrize(
    "question", ["which is older, agatha or heartstopper", "which premiered first, agatha or hs"]
)
async def test_a_past_word_compares_the_first_premieres(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=NOW)
    assert "April 22, 2022" in answer.text


async def test_the_premiere_pointed_at_first_is_the_side_asked_about(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "when does the marvel series with joe locke begin?",
        "does that fall before or after the new heartstopper series?",
        now=dt.datetime(2024, 8, 12, 12, tzinfo=dt.UTC),
    )
    assert answer.text.startswith("Before. Agatha All Along premieres")
