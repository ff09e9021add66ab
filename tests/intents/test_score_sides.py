"""Checks that one side's Rotten Tomatoes score is the higher (or lower), said yes or no first."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_higher_one_is_the_critics_one_is_confirmed_after_the_scores(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine, "rt critics score for hs?", "and audience", "and the higher one is the critics one?"
    )
    assert answer.text.startswith("Yes") and "98%" in answer.text


async def test_a_claim_that_the_lower_side_is_higher_is_answered_no(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "what are heartstopper's rotten tomatoes scores", "is the audience one the higher one?"
    )
    assert answer.text.startswith("No")


async def test_a_side_and_a_comparative_with_no_score_in_sight_is_no_score_check(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who created heartstopper", "do fans like it more")
    assert "the audience score is" not in answer.text
