"""A yes/no asserting a show has none of an award body's nominations ("no emmys at all?", "0 baftas?") is
answered yes when the facts hold none and no when they hold some (seed facts: three BAFTA nominations, no
Emmy ones)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    "question", ["so heartstopper has no emmys at all?", "has heartstopper got zero emmy nominations?"]
)
async def test_a_claim_of_no_nominations_the_facts_lack_is_yes(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question)
    assert answer.text.startswith("Yes"), answer.text
    assert "Emmy" in answer.text


async def test_a_claim_of_no_nominations_the_facts_hold_is_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("so heartstopper has no bafta nominations?")
    assert answer.text.startswith("No"), answer.text
    assert "three" in answer.text
