"""A premiere set against a month the fan names, or its end ("out before october?", "by the end of june?",
"after may?"), on the invented fan world (clock: March 1, 2025; Ember Crossing season 2 premieres June 10,
2025)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_before_the_month_of_the_premiere_is_no(fans: QuestionEngine) -> None:
    answer = await fans.answer("does ember crossing s2 come out before june")
    assert answer.text.startswith("No.")
    assert "June 10, 2025" in answer.text


async def test_before_a_later_month_is_yes(fans: QuestionEngine) -> None:
    answer = await fans.answer("is ember crossing s2 out before july")
    assert answer.text.startswith("Yes.")


async def test_by_the_end_of_the_month_counts_its_days(fans: QuestionEngine) -> None:
    answer = await fans.answer("will ember crossing s2 be out by the end of june")
    assert answer.text.startswith("Yes.")


async def test_after_a_month_is_after_its_last_day(fans: QuestionEngine) -> None:
    assert (await fans.answer("is ember crossing s2 out after may")).text.startswith("Yes.")
    answer = await fans.answer("is ember crossing s2 out after june")
    assert answer.text.startswith("No."), answer.text
