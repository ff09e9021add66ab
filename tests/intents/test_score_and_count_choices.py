"""Two values of one show set against each other: "is the critics score higher or lower than the audience
score" places the one named first; "is the audience score lower ..., and by how much" says yes or no before
the gap."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is the critics score for heartstopper higher or lower than the audience score", "Higher: "),
        ("is heartstopper's audience score higher or lower than the critics one", "Lower: "),
    ],
)
async def test_either_way_places_the_score_named_first(
    engine: QuestionEngine, question: str, lead: str
) -> None:
    answer = await engine.answer(question)
    assert answer.text.startswith(lead)


async def test_a_claim_with_by_how_much_says_yes_before_the_gap(engine: QuestionEngine) -> None:
    answer = await engine.answer("is the audience score lower than critics for heartstopper, and by how much")
    assert answer.text.startswith("Yes.") and "2 points" in answer.text
