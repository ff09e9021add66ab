"""A title nobody knows, written in lower-case everyday words ("breaking bad"), asked of by its reviews or
scores: "I don't have facts about Breaking Bad", never the default show's scores; and a score asked of one
season, or of seasons ranked, is said to be held for the whole show."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "what do critics think of breaking bad",
        "any thoughts on killing eve?",
        "how well rated is breaking bad",
        "is breaking bad any good or nah",
        "did breaking bad get good reviews",
        "what's breaking bad rated on imdb",
        "is breaking bad rated well",
        "is breaking bad well reviewed",
        "is breaking bad critically acclaimed",
        "are the reviews for breaking bad good",
    ],
)
async def test_reviews_of_a_title_nobody_knows_get_no_other_shows_scores(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert "Heartstopper" not in answer.text, answer.text
    assert answer.text.startswith("I don't have facts about"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what do critics think of it so far",
        "how well rated is heartstopper",
        "is heartstopper any good or nah",
        "is heartstopper critically acclaimed",
        "what is it rated on rotten tomatoes",
    ],
)
async def test_reviews_of_the_show_talked_about_are_its_scores(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert "98%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the critics score for s2",
        "which season is rated highest",
        "which season has the better rt score",
    ],
)
async def test_a_score_asked_of_seasons_is_said_to_be_the_whole_shows(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text.startswith("I don't have"), answer.text
    assert "whole show" in answer.text and "98%" in answer.text


async def test_two_seasons_of_one_show_are_not_compared_by_score(engine: QuestionEngine) -> None:
    answer = await engine.answer("is season 3 rated higher than season 2", now=BEFORE)
    assert answer.text.startswith("I can't compare"), answer.text
