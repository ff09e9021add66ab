"""The season the talk before a question names last is the one its "it" means (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_it_after_talk_of_two_seasons_is_the_one_named_last(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "we just watched the first season over a weekend. it says the new season is coming but we can't find "
        "a date. when's it out?"
    )
    assert answer.text.startswith("Heartstopper season 3 premieres")


async def test_it_after_talk_of_one_season_is_that_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("we're rewatching the first season this weekend. when did it come out?")
    assert "April 22, 2022" in answer.text
