"""Someone described by the character who falls for them ("the boy nick nelson falls for") is that
character's love interest, answered when the synopsis gives one (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.rephrase import rephrase


def test_the_one_a_character_falls_for_is_their_love_interest() -> None:
    assert rephrase("who plays the boy nick falls for".split()) == "who plays nick s love interest".split()


async def test_the_actor_of_the_one_a_character_falls_for_is_named(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays the lad charlie spring fell for")
    assert "Kit Connor" in answer.text
