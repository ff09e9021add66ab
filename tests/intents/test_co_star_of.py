"""Someone's co-star ("who is X's co-star", "X costar?") is the other of the two leads of their show."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_persons_co_star_is_the_other_lead(world: QuestionEngine) -> None:
    answer = await chat(world, "who is callum otieno's co-star?")
    assert answer.answers == ("Nadia Ferris",)


@pytest.mark.parametrize(
    "question", ["who is joe locke's co-star", "who is the charlie spring actor's co-star"]
)
async def test_a_co_star_in_each_of_several_shows_is_named_when_none_is_asked(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question)
    assert "Kit Connor in Heartstopper" in answer.text and "Kathryn Hahn in Agatha All Along" in answer.text


async def test_a_show_described_after_the_co_star_ask_is_the_one_meant(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is joe locke starring opposite in his upcoming marvel series?")
    assert "Kathryn Hahn" in answer.text and "Kit Connor" not in answer.text
