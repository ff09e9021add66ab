"""Someone's co-star ("who is X's co-star", "X costar?") is the other of the two leads of their show."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_persons_co_star_is_the_other_lead(world: QuestionEngine) -> None:
    answer = await chat(world, "who is callum otieno's co-star?")
    assert answer.answers == ("Nadia Ferris",)
