"""How long after one premiere another came: "how long after X's debut did season 3 arrive"."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_how_long_after_one_season_did_another_arrive_spans_the_two(engine: QuestionEngine) -> None:
    answer = await engine.answer("how long after heartstopper season 1 did season 3 come out?")
    assert "895 days" in answer.text


async def test_how_long_after_a_shows_debut_did_a_season_arrive_spans_the_two(engine: QuestionEngine) -> None:
    answer = await engine.answer("How long after Heartstopper's debut did season 3 arrive?")
    assert "895 days" in answer.text
