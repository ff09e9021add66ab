"""A thread about a show nobody knows never turns into another show's facts: a first name alone stays with the
unknown show, and everyday words a question opens with may be that show's title."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation


@pytest.mark.parametrize("follow_up", ["and kit?", "is alice the creator?", "and yasmin?"])
async def test_a_first_name_after_an_unknown_show_gets_no_known_shows_facts(
    engine: QuestionEngine, follow_up: str
) -> None:
    conversation = Conversation()
    await engine.answer("who's in wednesday?", conversation)
    answer = await engine.answer(follow_up, conversation)
    assert "Heartstopper" not in answer.text
    assert answer.text.startswith("I don't have facts about")


async def test_everyday_words_opening_the_question_may_be_a_title(engine: QuestionEngine) -> None:
    conversation = Conversation()
    answer = await engine.answer("never have i ever new season when??", conversation)
    assert "Heartstopper" not in answer.text
    follow_up = await engine.answer("who's in it?", conversation)
    assert "Heartstopper" not in follow_up.text


async def test_a_known_characters_first_name_after_an_unknown_show_stays_with_that_show(
    engine: QuestionEngine,
) -> None:
    conversation = Conversation()
    await engine.answer("who's in wednesday?", conversation)
    answer = await engine.answer("who plays nick", conversation)
    assert "Kit Connor" not in answer.text
    assert answer.text.startswith("I don't have facts about")


async def test_a_first_name_beside_a_known_show_after_an_unknown_show_is_that_shows(
    engine: QuestionEngine,
) -> None:
    conversation = Conversation()
    await engine.answer("who's in wednesday?", conversation)
    answer = await engine.answer("who plays nick in heartstopper", conversation)
    assert "Kit Connor" in answer.text
