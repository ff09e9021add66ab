"""Seasons asked about without naming a show: which show is meant, and a month guessed for a new season is
checked, never used to pick the show."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge
from intents.engine import QuestionEngine

# Heartstopper's third season (seed) premieres 19 days later, The Quiet Orchard's second in November.
_MID_SEPTEMBER = dt.datetime(2024, 9, 14, 12, tzinfo=dt.UTC)


def _engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: _MID_SEPTEMBER)


async def test_a_month_guessed_for_the_new_season_is_checked_against_the_soonest(
    fan_world_knowledge: Knowledge,
) -> None:
    answer = await _engine(fan_world_knowledge).answer("is the new season coming out in november?")
    assert answer.text.startswith("No.") and "Heartstopper season 3" in answer.text


async def test_two_seasons_named_without_a_show_mean_the_show_whose_named_season_is_nearest(
    fan_world_knowledge: Knowledge,
) -> None:
    answer = await _engine(fan_world_knowledge).answer("who directed s2 and s3?")
    assert "Euros Lyn" in answer.text and "Andy Newberry" in answer.text


async def test_the_new_season_of_no_show_is_the_returning_show_premiering_soonest(
    fan_world_knowledge: Knowledge,
) -> None:
    answer = await _engine(fan_world_knowledge).answer("when is the new season out?")
    assert answer.text.startswith("Heartstopper season 3 premieres")


async def test_two_seasons_compared_through_a_description_are_of_one_show(
    fan_world_knowledge: Knowledge,
) -> None:
    asked = "is the season 2 director the same as the season 3 one?"
    answer = await _engine(fan_world_knowledge).answer(asked)
    assert "Lena Sorvik" not in answer.text and "Euros Lyn" in answer.text
