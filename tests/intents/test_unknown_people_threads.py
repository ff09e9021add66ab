"""A thread about a person or show nobody knows stays honest: "how old is she", "what shows has he been in"
and "was <a known actor> in it" get "I don't have facts about X", never the catalog or another show."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_age_of_a_person_nobody_knows_is_no_facts_about_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how old is jenna ortega")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Jenna Ortega")


async def test_she_after_a_person_nobody_knows_asks_about_that_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows is jenna ortega in", "how old is she")
    assert answer.text.startswith("I don't have facts about Jenna Ortega")


async def test_the_shows_of_a_person_nobody_knows_are_not_the_catalog(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows has paul mescal been in")
    assert answer.kind == "unknown" and "Heartstopper" not in answer.text and "Paul Mescal" in answer.text


async def test_the_shows_of_a_known_person_are_their_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows has joe locke been in")
    assert "Agatha All Along" in answer.text and "I know about" not in answer.text


async def test_a_known_actor_in_an_unknown_show_is_no_fact_held(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in the bear", "is joe locke in it")
    assert answer.kind == "unknown" and "The Bear" in answer.text and "Heartstopper" not in answer.text
