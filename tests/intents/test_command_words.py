"""A command whose own word says what is asked ("!episodes" beside "!seasons", both the seasons intent)
asks that: the episodes, never the season count."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 10, 5, 12, tzinfo=dt.UTC)


async def test_the_episodes_command_asks_for_episodes(engine: QuestionEngine) -> None:
    answer = await engine.answer("!episodes heartstopper", now=NOW)
    assert "16 episodes" in answer.text, answer.text


async def test_the_episodes_command_of_a_season_without_a_count_says_so(engine: QuestionEngine) -> None:
    answer = await engine.answer("!episodes hs s3", now=NOW)
    assert answer.text.startswith("I don't have an episode count"), answer.text


async def test_the_seasons_command_still_counts_seasons(engine: QuestionEngine) -> None:
    answer = await engine.answer("!seasons heartstopper", now=NOW)
    assert "3 seasons" in answer.text, answer.text
