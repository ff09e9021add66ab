"""A whole name typed with a slip in each of its words (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_slip_in_every_word_of_a_characters_name_is_still_that_character(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("who play charly sprng")
    assert "Joe Locke" in answer.text


async def test_a_name_spelt_by_ear_is_that_name_but_a_far_one_stays_unknown(engine: QuestionEngine) -> None:
    # "chorly sprng" sounds like Charlie Spring and nothing else comes near (intents.near_names).
    answer = await engine.answer("who plays chorly sprng")
    assert "Joe Locke" in answer.text, answer.text
    answer = await engine.answer("who plays chad spratt")
    assert answer.kind == "unknown" and "Joe Locke" not in answer.text
