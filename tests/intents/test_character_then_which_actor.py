"""A character named, then the one actor asked for as "that" ("Charlie in Heartstopper - which actor is
that?"): who plays the character, not the whole cast."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_character_then_which_actor_is_that_asks_who_plays_them(engine: QuestionEngine) -> None:
    answer = await engine.answer("Charlie in Heartstopper - which actor is that?")
    assert answer.text.startswith("Joe Locke plays Charlie Spring")
