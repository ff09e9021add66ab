"""Asking whether a name is known at all ("ever heard of X?"), an undated season already out, the latest on a
show, and a pronoun put right before an apology ("her, my mistake. and ...")."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_heard_of_a_name_nobody_knows_says_there_are_no_facts_about_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "have you heard of florence pugh")
    assert answer.text.startswith("I don't have facts about Florence Pugh")


async def test_she_after_asking_of_an_unknown_name_is_never_someone_else(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie", "do you know florence pugh", "what has she been in")
    assert "Florence Pugh" in answer.text and "Heartstopper" not in answer.text


async def test_asking_whether_a_known_name_is_known_answers_about_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "you know yasmin finney?")
    assert "Heartstopper" in answer.text


async def test_when_a_season_out_without_a_date_comes_out_says_it_is_already_out(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "when does heartstopper season 2 come out")
    assert "Heartstopper season 2" in answer.text and "already out" in answer.text


async def test_a_season_out_without_a_date_says_first_that_its_date_is_not_held(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "when did heartstopper season 2 come out?")
    assert answer.text.startswith("I don't have the exact date Heartstopper season 2 came out")


async def test_the_latest_on_a_show_is_its_next_season(engine: QuestionEngine) -> None:
    answer = await chat(engine, "whats the latest on hs")
    assert "October 3, 2024" in answer.text


async def test_a_pronoun_put_right_before_an_apology_leaves_the_question_after_it(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who is the heartstopper story consultant", "her, my bad. and the creator?")
    assert answer.text.startswith("Heartstopper was created by Alice Osman")


async def test_which_categories_after_an_awards_question_asks_the_award_categories(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "did harbor nine win anything", "ok and copper lanterns, which categories")
    assert "Outstanding Drama Series" in answer.text


async def test_what_else_of_someone_not_in_the_show_talked_about_names_the_show_they_are_in(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "who's in harbor nine", "is callum otieno in it", "what else is he in")
    assert answer.text.startswith("I don't have other work") and "Copper Lanterns" in answer.text
