"""A title nobody knows likened to a known show ("X is like heartstopper - where can i watch it") is what the
question asks about: the known show is only its yardstick."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_title_likened_to_a_known_show_is_the_one_asked_about(engine: QuestionEngine) -> None:
    answer = await engine.answer("My friends say Young Royals is like Heartstopper - where can I watch it?")
    assert answer.text.startswith("I don't have facts about Young Royals")
