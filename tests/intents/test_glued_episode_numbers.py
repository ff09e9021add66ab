"""An episode typed together with its number ("ep1", "s3e1") is read as "episode 1"."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.glued_parts import parts_spelt_apart

BEFORE = dt.datetime(2024, 9, 4, 12, tzinfo=dt.UTC)


def test_glued_episode_and_season_numbers_are_spelt_apart() -> None:
    assert parts_spelt_apart(["agatha", "ep1", "date"]) == ["agatha", "episode", "1", "date"]
    assert parts_spelt_apart(["s03e02"]) == ["season", "3", "episode", "2"]
    assert parts_spelt_apart(["epic", "s3", "e1x"]) == ["epic", "s3", "e1x"]


async def test_a_glued_first_episode_asks_its_date(engine: QuestionEngine) -> None:
    answer = await engine.answer("agatha ep1 air date?", now=BEFORE)
    assert "September 18" in answer.text
