"""A check of one person over two roles, the first said as the show's ("did hs's author create the show too"):
the show's role holder is found first and the check asked of them, with "the show" the one the question
names even after a conversation about another."""

from __future__ import annotations

import datetime as dt

from intents.dialogue import Conversation
from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 9, 20, 12, tzinfo=dt.UTC)


async def test_a_shows_role_with_no_the_before_it_is_its_holder(engine: QuestionEngine) -> None:
    answer = await engine.answer("did hs's author create the show too", now=NOW)
    assert answer.kind == "answer" and answer.text.startswith("Yes"), answer.text
    assert "Alice Osman" in answer.text


async def test_the_show_is_the_one_the_question_names_after_talk_of_an_unknown_one(
    engine: QuestionEngine,
) -> None:
    conversation = Conversation()
    await engine.answer("who wrote the hunger games", conversation, now=NOW)
    answer = await engine.answer("did the heartstopper author create the show too", conversation, now=NOW)
    assert answer.kind == "answer" and answer.text.startswith("Yes"), answer.text
    assert "Hunger Games" not in answer.text
