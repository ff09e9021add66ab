"""Choices between two premieres by a day other than their order (a holiday, a day named, a weekday), years
apart when one side is known by its year, and a season asked without its show."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_closer_to_a_holiday_names_the_premiere_nearer_it(fans: QuestionEngine) -> None:
    answer = await fans.answer("which is nearer to halloween, the last ferry or ember crossing s1")
    assert answer.text.startswith("Ember Crossing season 1 is closer to Halloween")


async def test_closer_to_a_day_named_measures_from_that_day(fans: QuestionEngine) -> None:
    answer = await fans.answer("which is closer to march 5 2020, ember crossing s1 or the last ferry")
    assert answer.text.startswith("The Last Ferry is closer")


async def test_a_weekday_named_picks_the_premiere_on_it(fans: QuestionEngine) -> None:
    answer = await fans.answer("which one drops on a tuesday, ember crossing s2 or the quiet orchard s2")
    assert answer.text.startswith("Ember Crossing season 2:")


async def test_a_weekday_neither_falls_on_says_neither(fans: QuestionEngine) -> None:
    answer = await fans.answer("which premiered on a monday, the last ferry or the quiet orchard s2")
    assert answer.text.startswith("Neither")


async def test_same_weekday_is_answered_yes_or_no(fans: QuestionEngine) -> None:
    answer = await fans.answer(
        "did the last ferry and ember crossing s1 come out on the same day of the week"
    )
    assert answer.text.startswith("Yes")


async def test_a_year_alone_gives_the_gap_in_years(fans: QuestionEngine) -> None:
    answer = await fans.answer("how much older is the quiet orchard s1 than the quiet orchard s2")
    assert "about 3 years apart" in answer.text


async def test_an_ordinal_before_a_title_is_its_season(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many days from the last ferry to the second ember crossing season")
    assert "Ember Crossing season 2" in answer.text


async def test_more_recent_with_a_year_alone_names_the_later_premiere(fans: QuestionEngine) -> None:
    answer = await fans.answer("which is more recent, the quiet orchard s1 or the last ferry")
    assert answer.text.startswith("The Quiet Orchard season 1 came later")


async def test_days_till_one_premiere_from_another_are_counted(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many days till the quiet orchard s2 from ember crossing s1")
    assert "1279 days" in answer.text


async def test_closer_asked_yes_or_no_answers_for_the_first_side(fans: QuestionEngine) -> None:
    answer = await fans.answer("is ember crossing s1 closer to christmas 2020 than the last ferry")
    assert answer.text.startswith("Yes. Ember Crossing season 1 is closer to Christmas")


async def test_an_everyday_word_beside_a_short_title_leaves_it_linked(engine: QuestionEngine) -> None:
    answer = await engine.answer("is agatha closer to halloween than hs3")
    assert answer.text.startswith("No. Heartstopper season 3 is closer")
