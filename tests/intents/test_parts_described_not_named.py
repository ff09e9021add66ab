"""A part asked by what the character is ("who plays the teacher in heartstopper"), not by a name the show's
cast holds: said to be missing first, then the cast Marquee has (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_described_part_of_a_named_show_says_missing_then_the_cast(engine: QuestionEngine) -> None:
    # fanq45: "who plays the detective in the lantern keepers" was answered "Try `who plays Nick Nelson?`".
    answer = await engine.answer("who plays the teacher in heartstopper")
    assert answer.text.startswith("I don't have which character is the teacher in Heartstopper")
    assert "Kit Connor (Nick Nelson)" in answer.text


async def test_a_described_part_in_words_nobody_knows_is_no_unknown_title(engine: QuestionEngine) -> None:
    # fanq45: "who plays the superintendent in salt marsh" was "I don't have facts about The Superintendent".
    for asked in ("who plays the headmaster in heartstopper", "who's playing the headmaster in heartstopper"):
        answer = await engine.answer(asked)
        assert answer.text.startswith("I don't have which character is the headmaster in Heartstopper")
        assert "Joe Locke (Charlie Spring)" in answer.text


async def test_a_part_named_or_said_without_a_show_is_left_as_it_was(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays tao in heartstopper")
    assert answer.text == "I don't have facts about Tao."
    answer = await engine.answer("who plays the headmaster")
    assert "Joe Locke" not in answer.text
