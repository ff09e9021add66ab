"""Award counts asked in fans' words (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_bunch_of_nominations_is_a_count_not_a_category(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper got nominated for a bunch of baftas?")
    assert answer.text.startswith("Yes") and "three" in answer.text


async def test_how_many_of_each_body_gives_both_counts_in_words(engine: QuestionEngine) -> None:
    answer = await engine.answer("emmys vs baftas: how many of each has heartstopper been nominated for")
    assert answer.text == (
        "Heartstopper has no Emmy nominations and three BAFTA nominations (Music, Writing, Memorable Moment)."
    )
