"""Someone's full name that begins with a known character's or person's name said whole ("charlie cox":
Charlie is Charlie Spring's name) is someone else, never that name misspelt; real slips still link."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_full_name_beginning_with_a_characters_name_is_someone_unknown(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who is charlie cox")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Charlie Cox")
    assert "Joe Locke" not in answer.text


async def test_telling_about_that_name_is_no_show_synopsis(engine: QuestionEngine) -> None:
    answer = await chat(engine, "tell me about charlie cox")
    assert answer.kind == "unknown" and "Heartstopper" not in answer.text


async def test_a_misspelt_actor_still_links(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who is kit conor")
    assert answer.kind == "answer" and "Nick Nelson" in answer.text


async def test_a_misspelt_character_still_links(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie sprig")
    assert answer.kind == "answer" and "Joe Locke" in answer.text


async def test_a_full_name_with_a_noun_after_it_is_still_that_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Who directed Heartstopper season 3?", "what else is on his resume")
    assert "Shetland" in answer.text
