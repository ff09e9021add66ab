"""Follow-ups that describe what they mean instead of naming it, in the invented world: "back to the spy
show", "the guy who did season 2", "season 1 as well?", "what movies has she done", "where have i seen him
before", "who ran the final season", "the two leads", "X on hulu?"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_back_to_a_described_show_is_the_show_before_the_current_one(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who created copper lanterns",
        "who plays captain vey in harbor nine",
        "back to the lantern show, who directed season 2",
    )
    assert "Pia Lindqvist" in answer.text


async def test_the_guy_who_did_a_season_is_its_director(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who created copper lanterns",
        "and the guy who did season 2 of copper lanterns, what else has he done",
    )
    assert "Northern Tide" in answer.text


async def test_season_1_as_well_checks_the_person_just_answered(world: QuestionEngine) -> None:
    answer = await chat(world, "who directed copper lanterns season 2", "season 1 as well?")
    assert answer.text.startswith("No")


async def test_what_movies_has_she_done_asks_for_her_other_work(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "what movies has she done")
    assert "Glass Orchard" in answer.text


async def test_where_have_i_seen_her_before_asks_for_her_other_work(world: QuestionEngine) -> None:
    answer = await chat(world, "who directed copper lanterns season 2", "where have i seen her before")
    assert "Northern Tide" in answer.text


async def test_who_directed_the_final_season_asks_for_its_director(world: QuestionEngine) -> None:
    answer = await chat(world, "who directed the final season of copper lanterns")
    assert answer.intent == "directors" and "Pia Lindqvist" in answer.text


async def test_the_two_leads_are_the_cast(world: QuestionEngine) -> None:
    answer = await chat(world, "who are the two leads in copper lanterns")
    assert answer.intent == "cast" and "Nadia Ferris" in answer.text


async def test_a_show_on_a_network_asked_alone_checks_it(world: QuestionEngine) -> None:
    answer = await chat(world, "copper lanterns on hulu?")
    assert answer.text.startswith("Yes")


async def test_an_ellipsis_of_a_network_check_checks_the_new_show(world: QuestionEngine) -> None:
    answer = await chat(world, "copper lanterns on hulu?", "harbor nine?")
    assert answer.text.startswith("No")


async def test_coming_out_on_a_network_asks_where_not_whether_out(world: QuestionEngine) -> None:
    answer = await chat(world, "copper lanterns season 2 is coming out on hulu right?")
    assert answer.text.startswith("Yes")


async def test_a_character_asked_of_another_show_says_so_first(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale in harbor nine")
    assert answer.text.startswith("I don't have Wren Hale in Harbor Nine") and "Nadia Ferris" in answer.text


async def test_who_consulted_on_the_story_asks_for_the_story_consultant(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who wrote the heartstopper books", "no i mean who consulted on the story")
    assert answer.intent == "crew" and "Lauren James" in answer.text


async def test_what_show_is_it_a_spinoff_of_names_the_show_it_comes_from(engine: QuestionEngine) -> None:
    answer = await chat(engine, "where's agatha all along streaming", "what show is it a spinoff of")
    assert answer.text.startswith("Agatha All Along is a spin-off of WandaVision")
