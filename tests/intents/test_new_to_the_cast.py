"""'who's new this series?': who is new to a show is asked of its cast, and 'this series' is its current
season."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_who_else_is_new_asks_the_cast_of_the_show_around_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("i love heartstopper so much. who else is new?")
    assert answer.intent == "cast" and "Joe Locke" in answer.text


async def test_this_series_is_the_current_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is directing heartstopper this series?")
    assert "Andy Newberry" in answer.text and "Euros Lyn" not in answer.text
