"""One question asked of several shows, several facts listed after one show, and checks tagged "true or
false" or "right?" (seed facts; clock a month before the season 3 premiere)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_where_to_watch_two_shows_answers_both(engine: QuestionEngine) -> None:
    answer = await engine.answer("where do i watch heartstopper and agatha all along")
    assert "Netflix" in answer.text and "Disney+" in answer.text


async def test_a_season_after_the_second_show_stays_with_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("when do agatha all along and hs3 come out")
    assert "September 18" in answer.text and "October 3" in answer.text


async def test_days_between_two_shows_is_still_one_comparison(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many days between agatha all along and hs3")
    assert "15" in answer.text


async def test_each_listed_field_of_a_show_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("irl ppl behind hs: creator, dirs, consultant?")
    assert all(name in answer.text for name in ("Osman", "Lyn", "Lauren James"))


async def test_fields_named_before_the_show_are_each_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("tell me the director and the premiere date of heartstopper season 3")
    assert "Newberry" in answer.text and "October 3" in answer.text


async def test_true_or_false_tag_makes_a_check(engine: QuestionEngine) -> None:
    answer = await engine.answer("kit connor plays nick, true or false")
    assert answer.text.startswith("Yes")


async def test_a_year_check_leads_with_the_release_in_that_year(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper premiered in 2022 right?")
    assert answer.text.startswith("Yes")
    assert "April 22, 2022" in answer.text[:80]  # the deciding release first, before any later season


async def test_a_year_in_a_before_or_after_question_is_no_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("did s1 come out before or after 2023")
    assert answer.text.startswith("Before")
    assert "2022" in answer.text


async def test_a_premiere_checked_against_a_later_year_is_before_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("did hs3 come out before 2023")
    assert answer.text.startswith("No")


async def test_ranking_several_shows_is_one_question_not_one_per_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("rank the rotten tomatoes scores of heartstopper and agatha all along")
    assert "compare" in answer.text  # one comparison: Agatha All Along's missing score is said to stop it
