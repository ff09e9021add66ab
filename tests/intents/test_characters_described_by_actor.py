"""A character described by the relation to another ("the boyfriend of charlie") or by its actor ("the
character joe locke plays"), asked who plays them (branch fanq14)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_partner_of_a_character_named_after_of(fans: QuestionEngine) -> None:
    answer = await fans.answer("who plays the boyfriend of charlie")
    assert "Kit Connor plays Nick Nelson" in answer.text


async def test_the_partner_of_the_character_an_actor_plays(fans: QuestionEngine) -> None:
    answer = await fans.answer("who plays the boyfriend of the character joe locke plays")
    assert "Kit Connor plays Nick Nelson" in answer.text


async def test_an_actors_own_partner_is_still_their_private_life(fans: QuestionEngine) -> None:
    answer = await fans.answer("who is kit connor's boyfriend")
    assert "private life" in answer.text
