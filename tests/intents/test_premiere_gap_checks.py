"""Yes/no checks of the gap between two premieres (an amount with its bound, and the order claimed), and the
side compared against named first (branch cmp2)."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.understand.gap_checks import Bound, amount_said


def _on(knowledge: Knowledge, day: str) -> QuestionEngine:
    at = dt.datetime.fromisoformat(f"{day}T12:00:00+00:00")
    return QuestionEngine(knowledge, clock=lambda: at)


def test_a_whole_unit_is_read_as_a_floor() -> None:
    assert amount_said("is it a full month before".split()) == (Bound.AT_LEAST, 30, 30)


async def test_a_gap_larger_than_the_bound_said_is_denied(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("is agatha more than a month ahead of hs3?")
    assert answer.text.startswith("No")


async def test_a_gap_under_the_bound_is_confirmed(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("is hs3 less than 3 weeks after agatha")
    assert answer.text.startswith("Yes")


async def test_the_wrong_order_denies_a_gap_that_fits(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("is hs3 more than a week before agatha all along")
    assert answer.text.startswith("No")


async def test_a_gap_without_order_is_checked_alone(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("is the gap between hs3 and agatha under 10 days")
    assert answer.text.startswith("No")


async def test_an_exact_amount_is_matched_in_its_unit(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("does hs3 drop two weeks after agatha all along")
    assert answer.text.startswith("Yes")


async def test_the_side_compared_against_may_come_first(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("compared with hs3, is agatha before or after")
    assert answer.text.startswith("Before")


async def test_a_score_gap_beyond_the_points_said_is_denied(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer(
        "are critics over 4 points above the audience on hs"
    )
    assert answer.text.startswith("No")


async def test_a_score_gap_under_the_points_said_is_confirmed(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer(
        "is hs's audience score less than 3 points below critics"
    )
    assert answer.text.startswith("Yes")
