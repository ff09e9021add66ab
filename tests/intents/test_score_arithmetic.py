"""The mean and the sum of one show's critics and audience scores (seed: 98% and 96%)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_average_of_both_scores_is_their_mean(engine: QuestionEngine) -> None:
    answer = await engine.answer("whats the mean of heartstopper's critic and audience scores")
    assert "97%" in answer.text


async def test_adding_the_two_scores_gives_their_sum(engine: QuestionEngine) -> None:
    answer = await engine.answer("add up both rotten tomatoes percentages for heartstopper")
    assert "194" in answer.text


async def test_an_average_of_one_score_is_not_arithmetic(engine: QuestionEngine) -> None:
    answer = await engine.answer("what's heartstopper's average score")
    assert "97%" not in answer.text
