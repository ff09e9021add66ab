"""'the guy before him' is whoever held the same credit on the seasons just before the person talked about
(and 'after him' the seasons just after); that person is whom 'that guy' means next."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_guy_before_him_is_the_earlier_seasons_director(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's directing heartstopper s3", "and the guy before him?")
    assert answer.text.startswith("Euros Lyn")


async def test_the_director_after_him_is_the_later_seasons_director(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed hs s1", "and the director after him?")
    assert "Andy Newberry" in answer.text


async def test_that_guy_then_means_the_earlier_director(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who's directing heartstopper s3",
        "and the guy before him?",
        "how many eps did that guy direct",
    )
    assert "16" in answer.text and "Euros Lyn" in answer.text


async def test_the_season_one_guy_is_that_seasons_holder_of_the_same_credit(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directs hs3", "and the season 1 guy, what else has he done")
    assert "Euros Lyn" in answer.text and "Doctor Who" in answer.text


async def test_the_season_three_one_is_a_season_not_a_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directs hs s1", "and when is the season 3 one out")
    assert "October 3, 2024" in answer.text
