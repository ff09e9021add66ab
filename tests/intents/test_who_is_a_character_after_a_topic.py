"""A question ending on "who is <character>" asks about that part, even after words naming someone else."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_who_is_a_character_after_a_named_person_asks_about_the_part(world: QuestionEngine) -> None:
    answer = await chat(world, "nadia ferris theory who is jasper hale")
    assert answer.text.startswith("Callum Otieno plays Jasper Hale")
