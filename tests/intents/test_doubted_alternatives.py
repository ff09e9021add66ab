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


@pytest.mark.parametrize(
    "question",
    [
        "is joe locke playing wiccan in agatha. is that actually confirmed or just fans being fans",
        "is joe locke wiccan in agatha all along or is it just tiktok theories",
    ],
)
async def test_hearsay_offered_as_the_alternative_is_talk_not_a_title(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=BEFORE_PREMIERE)
    assert answer.text.startswith("No, that isn't confirmed") and "I don't have facts" not in answer.text


async def test_a_show_offered_after_or_just_is_still_a_choice(engine: QuestionEngine) -> None:
    answer = await engine.answer("is joe locke in heartstopper or just agatha all along", now=BEFORE_PREMIERE)
    assert answer.text.startswith("Yes") or "both" in answer.text.lower() or "Heartstopper" in answer.text


async def test_a_reported_claim_asked_after_with_hearsay_offered_is_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "my feed keeps saying joe locke is playing wiccan in agatha. is that legit or just fan theories",
        now=BEFORE_PREMIERE,
    )
    assert answer.text.startswith("No, that isn't confirmed")
