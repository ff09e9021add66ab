"""People asked about by description after an answer named them (conv33): their background or pedigree as
their other work, and "that one" as the person the last answer named."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_his_background_is_his_other_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed season 3 of heartstopper", "what's his background then")
    assert answer.intent == "other_work" and "Shetland" in answer.text


async def test_his_pedigree_outside_the_show_is_his_other_work(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who directed the first two seasons?", "And what's his pedigree outside of it?"
    )
    assert "Doctor Who" in answer.text and "Pedigree" not in answer.text


async def test_what_that_one_is_known_for_after_a_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed season 3 of heartstopper", "what shows is that one known for")
    assert answer.intent == "other_work" and "Bregus" in answer.text


async def test_which_character_that_one_is_after_a_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie spring", "which character is that one")
    assert answer.intent == "plays_whom" and "Joe Locke plays Charlie Spring" in answer.text


async def test_a_background_with_nothing_else_held_says_so_first(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's the story consultant on heartstopper", "what's her background")
    assert (
        answer.text.startswith("I don't have other work for Lauren James")
        and "story consultant" in answer.text
    )


async def test_someone_on_a_network_is_in_a_show_there(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie", "is that young man on disney+ too?")
    assert answer.text == "Yes: Joe Locke is in Agatha All Along (Disney+)."


async def test_someone_on_a_network_none_of_their_shows_is_on(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick", "is he on disney+ too?")
    assert answer.text.startswith("No: I don't have a show with Kit Connor on Disney+")


async def test_a_network_check_after_a_correction_is_its_own_question(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "May I ask who plays Nick Nelson?",
        "My apologies, I meant his onscreen partner, Charlie.",
        "And is that young man also appearing in a Disney+ programme?",
    )
    assert answer.text.startswith("Yes") and "Agatha All Along" in answer.text


async def test_part_of_a_name_after_a_description_put_first(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who's even in heartstopper",
        "and the Connor guy, what else has he been in?",
        "and the Locke one?",
    )
    assert "Joe Locke" in answer.text and "Agatha All Along" in answer.text


async def test_a_reaction_said_alone_is_talk_before_the_question(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who's even in heartstopper",
        "and the Connor guy, what else has he been in?",
        "wow. riveting. and the Locke one?",
    )
    assert "Agatha All Along" in answer.text


async def test_one_other_show_by_that_director_is_their_other_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed all 16 eps of hs s1-2", "name one other show by that director")
    assert answer.intent == "other_work" and "Doctor Who" in answer.text


async def test_is_that_a_franchise_show_after_an_answer_named_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "What else has joe locke been in?", "Is that a Marvel show?")
    assert answer.text.startswith("Yes: Agatha All Along")


async def test_a_show_whose_synopsis_names_no_franchise_is_not_of_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is heartstopper a marvel show?")
    assert answer.text.startswith("No, not as far as my facts go")


async def test_his_co_lead_is_the_other_lead_of_the_show_named(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's joe locke playing in agatha", "who's his co-lead in heartstopper")
    assert answer.text.startswith("Kit Connor plays opposite Joe Locke")


async def test_the_season_one_put_first_is_that_seasons_holder(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who are the two heartstopper directors", "the season 3 one, what is he known for"
    )
    assert answer.text.startswith("Andy Newberry") and "Shetland" in answer.text


async def test_the_season_one_asked_when_out_is_still_the_season(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper season 1", "when is the season 3 one out")
    assert "October 3, 2024" in answer.text


async def test_the_two_boys_put_first_are_who_stars(engine: QuestionEngine) -> None:
    answer = await chat(engine, "the two boys in heartstopper, who are they")
    assert answer.intent == "cast" and "Joe Locke" in answer.text and "Kit Connor" in answer.text
