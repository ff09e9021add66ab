"""People two shows share, asked as "in both", "from X in Y" and "anyone from X also in Y?" (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_who_is_in_both_names_the_shared_actor(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is in both agatha all along and heartstopper")
    assert answer.text.startswith("Joe Locke is in both")


async def test_an_actor_from_one_show_in_another_is_the_shared_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("which actress or actor from heartstopper is in agatha all along")
    assert answer.text.startswith("Joe Locke")


async def test_nobody_shared_is_said_no_to_a_yes_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("is anybody from wandavision also in heartstopper")
    assert answer.text.startswith("No")
