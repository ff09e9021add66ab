"""A surname hedged after a given name ("Olivia someone?"): the given name alone names the person."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_given_name_before_someone_names_the_person_with_that_given_name(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("Olivia someone?")
    assert answer.text.startswith("Olivia Colman")
