"""Two shows asked whether they share a network ("do X and Y share a streamer"): networks, not cast."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_two_shows_sharing_a_streamer_is_a_check_of_their_networks(engine: QuestionEngine) -> None:
    answer = await engine.answer("do heartstopper and agatha all along share a streamer?")
    assert answer.text.startswith("No") and "Netflix" in answer.text and "Disney+" in answer.text
