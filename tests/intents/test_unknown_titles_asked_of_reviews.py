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
        "did breaking bad win any emmys",
        "does breaking bad have any awards",
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


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("who directed the pilot of breaking bad", "Breaking Bad"),
        ("who directed the first episode of the good place", "The Good Place"),
        ("when is the finale of killing eve", "Killing Eve"),
    ],
)
async def test_an_episode_asked_of_a_title_nobody_knows_names_the_title(
    engine: QuestionEngine, question: str, title: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text == f"I don't have facts about {title}."


async def test_the_pilot_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed the pilot", now=BEFORE)
    assert "Euros Lyn" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "just finished breaking bad lol when's the next season",
        "just finished Breaking Bad, when's the next season",
    ],
)
async def test_everyday_words_after_a_verb_of_watching_are_the_title_asked_of(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text == "I don't have facts about Breaking Bad.", answer.text


async def test_the_fans_own_watching_names_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("just finished watching it lol when's the next season", now=BEFORE)
    assert "October 3, 2024" in answer.text
