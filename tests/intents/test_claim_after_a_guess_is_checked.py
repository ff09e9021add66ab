"""Talk announcing a guess before a claim ("hmm let me guess, heartstopper has 4 seasons", "i bet, ...") makes
it a claim checked, never a shorthand question read past the talk: the answer says yes or no."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat


@pytest.mark.parametrize(
    "question", ["hmm let me guess, heartstopper has 4 seasons", "i bet, heartstopper has 4 seasons"]
)
async def test_a_claim_after_a_guess_is_checked(engine: QuestionEngine, question: str) -> None:
    answer = await chat(engine, question)
    assert answer.text.startswith("No")
