"""Follow-ups comparing the last two premieres the conversation's answers gave, without naming them."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_which_one_is_later_names_the_later_of_the_last_two_premieres(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when's agatha all along out", "and heartstopper 3?", "which one's later")
    assert answer.text.startswith("Heartstopper season 3 comes later")


async def test_how_many_days_between_them_is_the_gap_between_the_last_two_premieres(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine, "when's agatha all along out", "and heartstopper 3?", "how many days between them"
    )
    assert answer.text.startswith("15 days between")


async def test_by_how_many_days_after_which_comes_first_is_the_same_gap(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hs3 release date", "and agatha?", "which comes first", "by how many days")
    assert answer.answers == ("15",)
