"""A claim made with "has", "got" or "won" after talk ("hmm let me guess, heartstopper has 4 seasons") is
checked as a claim, never read as a shorthand question past the talk: the answer says yes or no."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_claim_with_has_after_a_guess_is_checked(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hmm let me guess, heartstopper has 4 seasons")
    assert answer.text.startswith("No")
