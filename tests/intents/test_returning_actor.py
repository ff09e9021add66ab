"""'Is X returning?' of an actor asks about the season still to come, not whether they were ever in the show:
the answer says what the facts can tell of that season."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_returning_asks_about_the_season_still_to_come(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is joe locke returning", now=dt.datetime(2024, 9, 1))
    assert answer.text.startswith("Yes, as far as my facts go")
    assert "not season by season" in answer.text


async def test_without_a_season_to_come_returning_is_the_plain_credit(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is joe locke returning", now=dt.datetime(2026, 1, 1))
    assert answer.text.startswith("Yes, Joe Locke plays Charlie Spring")
