"""Out-yet questions with times said loosely: "by the 20th", "this month", "any day now", "still coming",
"by the time" another show premieres, spans more or less than a time away, a choice of months, and days
that separate two premieres (branch fanq14)."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge
from intents.engine import QuestionEngine


def _on(knowledge: Knowledge, day: str) -> QuestionEngine:
    at = dt.datetime.fromisoformat(f"{day}T12:00:00+00:00")
    return QuestionEngine(knowledge, clock=lambda: at)


async def test_by_a_day_of_the_month_alone_is_this_months(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("agatha out by the 20th?")
    assert answer.text.startswith("Yes") and "September 18" in answer.text


async def test_this_month_holds_a_premiere_later_in_it(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("agatha all along out this month?")
    assert answer.text.startswith("Yes")


async def test_this_month_leaves_out_next_months_premiere(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("is hs3 coming out this month")
    assert answer.text.startswith("No")


async def test_any_day_now_is_the_coming_week(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-10-01").answer("any day now for hs3 right?")
    assert answer.text.startswith("Yes")


async def test_still_coming_after_the_premiere_is_no(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-10-10").answer("is the new heartstopper season still coming?")
    assert answer.text.startswith("No, it's already out") and "October 3" in answer.text


async def test_still_coming_before_the_premiere_is_yes(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-10").answer("is hs3 still coming?")
    assert answer.text.startswith("Yes")


async def test_out_by_the_time_another_premieres_orders_the_two(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("will agatha be out by the time hs3 drops")
    assert answer.text.startswith("Yes") and "September 18" in answer.text


async def test_more_than_a_span_away_compares_the_days_left(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("is agatha more than 2 weeks away")
    assert answer.text.startswith("Yes")


async def test_less_than_a_span_till_compares_the_days_left(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("is hs3 under 10 days away")
    assert answer.text.startswith("No")


async def test_two_months_offered_name_the_one_holding_the_premiere(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("is hs3 out in october or november")
    assert answer.text.startswith("October.")


async def test_days_that_separate_two_shows_are_one_gap(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("how many days separate agatha and hs3")
    assert answer.text.startswith("There are 15 days between them")


async def test_out_already_or_still_coming_answers_out_yet(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("has hs3 started already or is it still coming?")
    assert answer.text.startswith("No, not yet")


async def test_more_than_a_span_since_a_premiere_counts_back(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-10-10").answer("has it been more than a week since hs3 came out")
    assert answer.text.startswith("No")


async def test_a_span_till_a_premiere_asked_back_is_checked(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("only 2 weeks till agatha all along right?")
    assert answer.text.startswith("Yes")
