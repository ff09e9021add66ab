"""A role called new is the one on the latest season with that role credited, and a show described by the
person and character in it is that show (seed facts: Euros Lyn directed seasons 1-2, Andy Newberry 3)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_new_director_is_the_latest_seasons_director(engine: QuestionEngine) -> None:
    answer = await engine.answer("what else has the new director of heartstopper done")
    assert "Shetland" in answer.text
    assert "Torchwood" not in answer.text


async def test_a_show_described_by_its_actor_and_character_is_that_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed the first two seasons of the show kit connor stars in")
    assert "Euros Lyn" in answer.text


async def test_the_new_director_of_a_show_described_by_its_cast(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's the new director of the show joe locke plays charlie in")
    assert answer.text.startswith("Andy Newberry")
