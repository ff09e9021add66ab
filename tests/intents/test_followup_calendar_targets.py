"""The last date set against a day or month the fan names ("my birthday in august", "august 20")."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_before_or_after_a_month_names_the_side_of_that_month(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "when is agatha all along out", "was that before or after my birthday in august"
    )
    assert answer.text.startswith("After")


async def test_is_that_before_a_day_of_the_month_says_yes_or_no(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "when is agatha all along out", "is it before my birthday on the 20th of august"
    )
    assert answer.text.startswith("No")


async def test_a_date_inside_the_month_named_is_in_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when is heartstopper season 3 out", "is that before or after october")
    assert answer.text.startswith("In")
