"""A score asked of one season, where scores are held for the whole show: said to be missing first, then the
show's score offered as the whole show's, with no answer value."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_seasons_score_is_said_to_be_missing_first(world: QuestionEngine) -> None:
    answer = await chat(world, "what did copper lanterns season 2 get on rotten tomatoes")
    first = answer.text.split(". ")[0]
    assert first.startswith("I don't have a score for Copper Lanterns season 2")
    assert "88" in answer.text and "88" not in first
    assert answer.answers == ()


async def test_the_shows_score_is_answered_plainly(world: QuestionEngine) -> None:
    answer = await chat(world, "copper lanterns rotten tomatoes score")
    assert answer.text.startswith("Copper Lanterns scores 88%")
