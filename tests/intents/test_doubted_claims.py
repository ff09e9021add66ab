"""The fan's own claim someone doubts ("my partner doesn't believe me that heartstopper has a 98 from
critics, can you confirm") is checked: the answer starts with yes or no."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.understand.reported_claims import claim_of
from tests.helpers import BEFORE_PREMIERE, reply_texts


@pytest.mark.parametrize(
    "question",
    [
        "my dad doesn't believe me that heartstopper has a 98 from critics on rotten tomatoes, confirm?",
        "my brother won't believe that kit connor plays nick. can you confirm?",
    ],
)
async def test_a_doubted_claim_is_checked(engine: QuestionEngine, question: str) -> None:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    assert text.startswith("Yes")


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("my sister doesn't believe me that kit connor plays nick", "kit connor plays nick?"),
        (
            "my mum does not believe that joe locke is in agatha all along",
            "joe locke is in agatha all along?",
        ),
    ],
)
def test_the_claim_doubted_is_what_is_checked(sentence: str, claim: str) -> None:
    assert claim_of(sentence) == claim
