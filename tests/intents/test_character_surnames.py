"""A character's surname or full name asked: the full name the credit holds, with who plays them."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_characters_surname_is_their_full_name(engine: QuestionEngine) -> None:
    answer = await engine.answer("nick's surname?")
    assert answer.text.startswith("Nick's full name is Nick Nelson (played by Kit Connor in Heartstopper)")


async def test_each_character_named_is_given_their_full_name(engine: QuestionEngine) -> None:
    answer = await engine.answer("charlie's last name is spring and nick's is...?")
    assert "Charlie Spring" in answer.text
    assert "Nick Nelson" in answer.text


async def test_a_part_named_in_full_already_has_no_other_name(engine: QuestionEngine) -> None:
    answer = await engine.answer("mystery teen's full name?")
    assert answer.text.startswith("I have no other name for Mystery Teen")


async def test_the_surname_of_whoever_plays_a_character_is_left_to_the_actor(engine: QuestionEngine) -> None:
    answer = await engine.answer("what is the last name of the guy who plays nick")
    assert answer.text.startswith("Kit Connor")
