"""A whole name typed with a slip in each of its words (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_slip_in_every_word_of_a_characters_name_is_still_that_character(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("who play charly sprng")
    assert "Joe Locke" in answer.text


async def test_a_word_more_than_a_slip_away_leaves_the_name_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays chorly sprng")
    assert answer.kind == "unknown" and "Joe Locke" not in answer.text
