"""'Who is the actor playing <character>' asks for that character's actor, not the show's whole cast."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_actor_playing_a_character_is_that_actor_alone(world: QuestionEngine) -> None:
    answer = await chat(world, "who is the actor playing jasper hale?")
    assert "Callum Otieno" in answer.text
    assert "Nadia Ferris" not in answer.text


async def test_the_name_of_the_guy_playing_a_character_is_that_actor(world: QuestionEngine) -> None:
    answer = await chat(world, "name of the guy playing jasper hale")
    assert "Callum Otieno" in answer.text
    assert "Nadia Ferris" not in answer.text


async def test_a_characters_actor_as_a_bare_phrase_is_that_actor(world: QuestionEngine) -> None:
    answer = await chat(world, "copper lanterns jasper actor name")
    assert answer.text.startswith("Callum Otieno plays Jasper Hale")
