"""What two shows share: people, asked as "in both", "from X in Y" and "anyone from X also in Y?", and a
network ("on the same streamer as X") (seed facts)."""

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


async def test_shows_on_the_same_network_as_a_show_are_the_others_there(engine: QuestionEngine) -> None:
    answer = await engine.answer("what show is on the same platform as wandavision")
    assert answer.text.startswith("Agatha All Along is on Disney+ too")
