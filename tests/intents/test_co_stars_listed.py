"""Who plays opposite someone: the co-lead, with the cast billed after the pair named too (an article's
"opposite A, B and C" lists several), also when asked "which actress ..."."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "who stars opposite joe locke in agatha all along?",
        "which actress plays opposite joe locke in agatha?",
        "which actresses star opposite joe locke in the wandavision spin-off",
    ],
)
async def test_the_co_lead_and_the_next_billed_are_named(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.kind == "answer", answer.text
    assert answer.text.startswith("Kathryn Hahn plays opposite Joe Locke"), answer.text
    assert "Aubrey Plaza" in answer.text


async def test_the_pair_still_leads_the_answer(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays opposite joe locke in heartstopper", now=BEFORE)
    assert answer.text.startswith("Kit Connor plays opposite Joe Locke in Heartstopper"), answer.text
