"""A score asked of a site or an audience the show has none from: said to be missing first, the held scores
offered in the text, and no answer value given (the offered score answers another question)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_site_without_a_score_offers_the_held_ones_without_answering(world: QuestionEngine) -> None:
    answer = await chat(world, "what does copper lanterns score on letterboxd")
    assert answer.text.startswith("I don't have a Letterboxd score for Copper Lanterns")
    assert answer.answers == ()


async def test_an_audience_score_not_held_offers_the_critics_without_answering(world: QuestionEngine) -> None:
    answer = await chat(world, "what do audiences give copper lanterns on rotten tomatoes")
    assert answer.text.startswith("I don't have an audience score for Copper Lanterns")
    assert answer.answers == ()
