"""A credit asked back with "did" as its verb ("euros lyn did hidden?", "s3 director also did bregus?") is a
claim to check: the answer opens with yes or no."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


async def test_a_credit_asked_back_with_did_is_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer("euros lyn did hidden?", now=BEFORE_PREMIERE)
    assert answer.text.startswith("No")
    assert "Andy Newberry" in answer.text


async def test_a_season_crew_member_who_also_did_a_show_is_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer("the heartstopper s3 director also did bregus?", now=BEFORE_PREMIERE)
    assert answer.text.startswith("Yes")
    assert "Andy Newberry" in answer.text
