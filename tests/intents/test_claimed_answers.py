"""A name nobody knows that a claim reported after a question offers as its answer: still answered."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_question_is_answered_when_a_reported_claim_after_it_names_someone_unknown(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer(
        "who directed heartstopper season 3? my sister keeps saying it was greta gerwig lol"
    )
    assert answer.text.startswith("Andy Newberry directed Heartstopper season 3")
    assert answer.text.endswith("I don't have facts about Greta Gerwig.")


async def test_someone_unknown_named_hayley_whom_a_reported_claim_is_about_is_said_unknown(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer(
        "I heard Hayley Atwell joins season 3 of Heartstopper as Nick's aunt, is that right?"
    )
    assert answer.text.startswith("I don't have facts about Hayley Atwell")
