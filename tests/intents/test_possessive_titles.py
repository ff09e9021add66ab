"""A title nobody knows with a possessive inside it is said back as the fan wrote it."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.query import Conversation


async def test_a_title_nobody_knows_keeps_the_possessive_the_fan_wrote(engine: QuestionEngine) -> None:
    answer = await engine.answer("grey's anatomy season 21 - when?")
    assert answer.text == "I don't have facts about Grey's Anatomy."


async def test_a_follow_up_on_the_title_keeps_its_possessive_too(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("the handmaid's tale final season - when?", conversation)
    answer = await engine.answer("who's in it", conversation)
    assert answer.text == "I don't have facts about The Handmaid's Tale."
