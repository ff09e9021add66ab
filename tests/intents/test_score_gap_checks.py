"""A yes/no check of the gap between a show's critics and audience scores says the gap it turned on, not
only the two scores ("is the gap bigger than 5 points?": No, 2 points apart)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    ("check", "verdict"),
    [
        ("on rt is the gap between critics and audiences bigger than 5 points?", "No"),
        ("are the critics and audience scores within 3 points of each other?", "Yes"),
    ],
)
async def test_a_gap_check_says_the_gap(engine: QuestionEngine, check: str, verdict: str) -> None:
    answer = await engine.answer(check)
    assert answer.text.startswith(verdict) and "2 points apart" in answer.text, answer.text
