"""Facts no article gives, asked in more shapes: which book a season adapts, a finale's day, whether a show
suits a child's age; and a season or a score asked without a show, found in the one show holding it (seed
facts; clock a month before the season 3 premiere)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_which_volume_a_season_adapts_is_missing(engine: QuestionEngine) -> None:
    answer = await engine.answer("which volume does heartstopper season 3 adapt")
    assert answer.text.startswith("I don't have which book Heartstopper adapts")


async def test_the_book_a_whole_show_is_based_on_is_still_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("what book is heartstopper based on")
    assert "Osman" in answer.text
    assert not answer.text.startswith("I don't have")


async def test_a_finale_day_is_missing_and_the_premiere_offered(engine: QuestionEngine) -> None:
    answer = await engine.answer("when is the agatha all along finale")
    assert answer.text.startswith("I don't have the day of Agatha All Along's finale")
    assert "September 18" in answer.text


async def test_an_age_a_show_suits_asks_for_an_age_rating(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper fine for a 10 year old")
    assert answer.text.startswith("I don't have an age rating")


async def test_a_season_without_a_show_is_the_one_show_holding_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("did s1 and s3 premiere on the same day of the week")
    assert answer.text.startswith("No: Heartstopper season 1 is on a Friday")


async def test_two_scores_without_a_show_are_the_one_rated_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer("is the audience score or the critics score nearer to 100")
    assert "critics score is higher" in answer.text
