"""Comparisons in fans' words, on invented shows: fewer and lower named as asked, comparatives that are
also surnames, a year alone against a day of that year, title words that are no comparison words."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_shorter_than_asks_for_fewer_episodes(fans: QuestionEngine) -> None:
    answer = await fans.answer("is ember crossing s2 shorter than the quiet orchard s2")
    assert answer.text.startswith("Yes")


async def test_which_is_shorter_names_the_season_with_fewer_episodes(fans: QuestionEngine) -> None:
    answer = await fans.answer("which is shorter, the quiet orchard s2 or ember crossing s2")
    assert answer.text.startswith("Ember Crossing season 2 has fewer")


async def test_which_is_lower_names_the_lower_score(fans: QuestionEngine) -> None:
    answer = await fans.answer("which is lower on imdb, the quiet orchard or ember crossing")
    assert answer.text.startswith("Ember Crossing is rated lower")


async def test_a_score_out_of_ten_is_written_with_one_slash(fans: QuestionEngine) -> None:
    answer = await fans.answer("which is rated better on imdb, the quiet orchard or ember crossing")
    assert "8.4/10" in answer.text


async def test_a_comparative_spelt_like_a_surname_compares(fans: QuestionEngine) -> None:
    answer = await fans.answer("is ember crossing's critics score lower than the quiet orchard's")
    assert answer.intent == "ratings"
    assert answer.text.startswith("Yes")


async def test_a_surname_alone_outside_a_comparison_still_names_someone(fans: QuestionEngine) -> None:
    answer = await fans.answer("what show is lower in")
    assert "Ember Crossing" in answer.text


async def test_whose_score_is_higher_compares_two_shows(fans: QuestionEngine) -> None:
    answer = await fans.answer("ember crossing or the quiet orchard, whose critics score is higher")
    assert answer.text.startswith("The Quiet Orchard is rated higher")


async def test_what_came_out_later_names_the_later_premiere(fans: QuestionEngine) -> None:
    answer = await fans.answer("what came out later, ember crossing s1 or the last ferry")
    assert answer.text.startswith("Ember Crossing season 1 came later")


async def test_a_year_alone_is_not_ordered_against_a_day_of_that_year(fans: QuestionEngine) -> None:
    answer = await fans.answer("did ember crossing s1 come out before the quiet orchard s1")
    assert not answer.text.startswith(("Yes", "No"))
    assert "can't say which came first" in answer.text


async def test_a_title_word_is_no_comparison_word(fans: QuestionEngine) -> None:
    answer = await fans.answer("which came first, the last ferry or ember crossing s1")
    assert answer.text.startswith("The Last Ferry came first")


async def test_after_before_a_short_title_is_no_part_of_an_unknown_name(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many days after ember s1 did the quiet orchard s2 come out")
    assert "1279 days" in answer.text


async def test_critics_or_audiences_is_a_choice_not_a_yes_no(fans: QuestionEngine) -> None:
    answer = await fans.answer("do critics or audiences rate ember crossing higher")
    assert not answer.text.startswith(("Yes", "No"))


async def test_a_bare_season_first_is_of_the_one_show_that_has_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("is s3 out before agatha all along")
    assert answer.text.startswith("No. Heartstopper season 3")


async def test_a_season_beside_a_name_nobody_knows_is_no_other_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many days between the umbrella academy s3 and agatha all along")
    assert "Heartstopper" not in answer.text


async def test_does_one_show_or_another_have_the_better_score_names_the_better_one(
    fans: QuestionEngine,
) -> None:
    answer = await fans.answer("does ember crossing or the quiet orchard have a better critics score on rt")
    assert answer.text.startswith("The Quiet Orchard is rated higher")
