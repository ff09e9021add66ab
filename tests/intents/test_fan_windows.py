"""Premieres against a time the fan names relative to today ("out by halloween?", "can i binge it this
weekend?"), and comparisons asked as a choice of order or in a unit, on the invented fan world (clock:
March 1, 2025; Ember Crossing season 2 premieres June 10, 2025)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_out_by_a_holiday_after_the_premiere_is_yes(fans: QuestionEngine) -> None:
    answer = await fans.answer("will ember crossing s2 be out by halloween")
    assert answer.text.startswith("Yes.")
    assert "June 10, 2025" in answer.text


async def test_watching_this_weekend_before_the_premiere_is_no(fans: QuestionEngine) -> None:
    answer = await fans.answer("can i binge ember crossing s2 this weekend")
    assert answer.text.startswith("No.")


async def test_out_before_a_day_ahead_of_the_premiere_is_no(fans: QuestionEngine) -> None:
    answer = await fans.answer("will ember crossing s2 be out before my birthday on june 1")
    assert answer.text.startswith("No.")


async def test_a_season_already_out_is_out_by_any_later_day(fans: QuestionEngine) -> None:
    answer = await fans.answer("is ember crossing s1 out by christmas")
    assert answer.text.startswith("Yes, it's already out.")


async def test_before_or_after_places_the_first_side(fans: QuestionEngine) -> None:
    answer = await fans.answer("is ember crossing s2 coming out before or after the quiet orchard s2")
    assert answer.text.startswith("After.")


async def test_a_number_after_and_is_another_season_of_the_same_show(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many days between seasons 1 and 2 of ember crossing")
    assert "same day" not in answer.text
    assert "May 2, 2021" in answer.text and "June 10, 2025" in answer.text


async def test_a_gap_asked_in_years_is_given_in_years_too(fans: QuestionEngine) -> None:
    answer = await fans.answer("how long between ember crossing season 1 and season 2 in years")
    assert "4 years and 1 month" in answer.text


async def test_who_before_a_season_asks_about_the_seasons_before_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed heartstopper before season 3")
    assert "Euros Lyn" in answer.text and "Andy Newberry" not in answer.text


async def test_two_award_bodies_of_one_show_are_counted_against_each_other(engine: QuestionEngine) -> None:
    answer = await engine.answer("does heartstopper have more bafta noms than emmy noms")
    assert answer.text.startswith("Yes.")


async def test_a_relation_word_before_a_character_is_not_theirs(engine: QuestionEngine) -> None:
    answer = await engine.answer("my bf thinks nick is someone else lol, who plays him in heartstopper")
    assert "Kit Connor" in answer.text and "Charlie" not in answer.text
