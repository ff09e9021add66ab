"""A spin-off named by its parent ("wv spinoff", "the wandavision spin-off") with another fact asked of it
("streaming where", "who is in") is answered with that fact; named alone, it is said to be the spin-off."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, reply_texts


@pytest.mark.parametrize(
    ("question", "expected"),
    [("wv spinoff streaming where", "Disney+"), ("where is the wandavision spin-off streaming", "Disney+")],
)
async def test_a_fact_asked_of_a_named_spin_off_is_answered(
    engine: QuestionEngine, question: str, expected: str
) -> None:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    assert expected in text
    assert "is a spin-off of" not in text


async def test_a_spin_off_named_alone_is_said_to_be_one(engine: QuestionEngine) -> None:
    (text,) = await reply_texts(engine, "what is the wandavision spinoff", now=BEFORE_PREMIERE)
    assert "Agatha All Along is a spin-off of WandaVision" in text
