"""A gap counted to another season after an answer gave a premiere's date, in the invented world (today May 1,
2025): "how many years until season 2" after season 1's date counts from that date, not from today."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat

LANTERNS_S1 = "when did copper lanterns season 1 come out"  # Friday, March 10, 2023
LANTERNS_S2 = "when does copper lanterns season 2 come out"  # Thursday, June 5, 2025


async def test_years_until_another_season_count_from_the_date_just_answered(world: QuestionEngine) -> None:
    answer = await chat(world, LANTERNS_S1, "how many years until season 2")
    assert "818 days" in answer.text


async def test_a_bare_unit_till_a_season_counts_from_the_date_just_answered(world: QuestionEngine) -> None:
    answer = await chat(world, LANTERNS_S1, "months till s2?")
    assert "818 days" in answer.text


async def test_days_until_it_after_a_date_still_count_from_today(world: QuestionEngine) -> None:
    answer = await chat(world, LANTERNS_S2, "how many days until it comes out")
    assert "35 days" in answer.text


async def test_days_until_a_show_nobody_knows_are_not_counted_from_the_date_answered(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, LANTERNS_S1, "days until velvet orchard s2")
    assert "Copper Lanterns" not in answer.text
