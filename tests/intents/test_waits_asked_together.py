"""Two waits asked in one message, each in a few words ("days until agatha? and days until hs3?"): each
premiere's wait answered, not one question of both."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_two_short_waits_in_one_message_are_each_answered(world: QuestionEngine) -> None:
    answer = await chat(world, "days till copper lanterns? and days till harbor nine?")
    assert "June 5, 2025" in answer.text and "May 20, 2025" in answer.text
