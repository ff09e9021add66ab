"""Follow-ups about a set or a neighbour of what was answered: a season past the final one, "the rest of
them", "who turned it into a show", the first season against the third, a character's own show."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.rephrase import rephrase
from tests.helpers import chat


async def test_a_season_past_the_final_one_is_answered_with_the_final_season(world: QuestionEngine) -> None:
    answer = await chat(world, "how many episodes in copper lanterns season 2", "season 3?")
    assert answer.kind == "answer" and "season 2 is its final season" in answer.text


async def test_the_rest_of_them_asks_for_everyone_not_the_person_just_named(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who created copper lanterns",
        "what else has mara quillon done",
        "who created the rest of them",
    )
    assert "Teodor Vance" in answer.text


def test_who_turned_it_into_a_show_asks_who_created_it() -> None:
    assert rephrase("and who turned it into a show".split()) == "and who created it".split()
    assert rephrase("who adapted the books for tv".split()) == "who created it".split()


async def test_the_first_season_and_the_third_are_two_seasons_of_the_show(world: QuestionEngine) -> None:
    answer = await chat(
        world, "when did copper lanterns first come out", "how long between the first season and the second?"
    )
    assert "818 days" in answer.text


async def test_a_character_alone_after_a_question_about_a_show_asks_about_their_show(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "who plays wren hale", "when does her show come out", "and captain vey's?")
    assert answer.intent == "premiere" and "Harbor Nine" in answer.text and "Copper" not in answer.text


def test_which_season_is_he_doing_asks_what_he_does_on_the_show() -> None:
    assert (
        rephrase("which heartstopper season is he doing".split()) == "what does he do on heartstopper".split()
    )
    assert rephrase("which season is it on".split()) == "which season is it on".split()


async def test_which_season_is_she_directing_names_her_credits_season(world: QuestionEngine) -> None:
    answer = await chat(world, "what else has pia lindqvist directed", "which season is she directing")
    assert "season 2" in answer.text


async def test_the_new_season_of_a_show_renewed_past_its_dated_seasons_is_the_next_dated_one(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "harbor nine new season when")
    assert answer.answers[:1] == ("2025-05-20",)
