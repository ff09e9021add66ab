"""A yes/no question followed by the claim doubted ("... or did she make that up", "... or is he confused"):
the doubt is talk, and its verbs ("make") ask nothing."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


@pytest.mark.parametrize(
    "question",
    [
        "is olivia colman really in heartstopper or did my aunt make it up",
        "is olivia colman in heartstopper or was my sister just making things up",
    ],
)
async def test_a_doubted_claim_after_a_yes_no_question_is_talk(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE_PREMIERE)
    assert answer.text.startswith("Yes, Olivia Colman is in Heartstopper")


async def test_a_choice_between_two_things_is_no_doubt(engine: QuestionEngine) -> None:
    answer = await engine.answer("is agatha all along on disney+ or netflix", now=BEFORE_PREMIERE)
    assert "Disney+" in answer.text
