"""A season named by its place beside the seasons someone is credited on ("the season after the ones euros
lyn did", "the series before newberry's") is read as that season by number."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


async def test_the_season_after_someones_seasons_is_the_next_one(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "who's helming the season following the ones lyn was in charge of", now=BEFORE_PREMIERE
    )
    assert "Andy Newberry" in answer.text


async def test_the_season_before_someones_season_is_the_one_before(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed the series before newberry's", now=BEFORE_PREMIERE)
    assert "Euros Lyn" in answer.text
