"""A show's fact named before the question that points at it ("and agatha's premiere, what day is that
one") asks of that show, never with the season the thread was on for another show (seed facts: Agatha All
Along premieres September 18, 2024; Heartstopper season 3 October 3, 2024)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import last_text


@pytest.mark.parametrize(
    "follow_up",
    ["and agatha's premiere, what day is that one", "ok agatha all along release, when is that one"],
)
async def test_a_shows_fact_named_before_that_one_is_asked_of_that_show(
    engine: QuestionEngine, follow_up: str
) -> None:
    reply = await last_text(engine, "when is heartstopper season 3 out", follow_up)
    assert "September 18" in reply
    assert "season 3" not in reply
