"""'who's <verb>ing X in <show>' asks who does that there; only 'who's <name> in <show>' asks whom someone
plays."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_whos_playing_a_character_in_a_show_asks_for_the_actor(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's playing charlie in heartstopper?")
    assert answer.kind == "answer" and "Joe Locke" in answer.text
