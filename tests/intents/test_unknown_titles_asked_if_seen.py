"""A title nobody knows that the fan asks whether the bot has seen ("have you seen the bear?") is the thread's
subject: "I don't have facts about X", and "who's in it" next is asked of it, never a show given by default
(the seed database: Heartstopper is the default show)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation


@pytest.mark.parametrize(
    ("opening", "title"), [("have you seen the bear?", "The Bear"), ("have you seen euphoria?", "Euphoria")]
)
async def test_a_title_asked_if_seen_is_the_subject_of_what_follows(
    engine: QuestionEngine, opening: str, title: str
) -> None:
    conversation = Conversation()
    first = await engine.answer(opening, conversation)
    assert first.text.startswith(f"I don't have facts about {title}")
    for follow_up in ("who's in it", "is it good"):
        answer = await engine.answer(follow_up, conversation)
        assert answer.text.startswith(f"I don't have facts about {title}")


@pytest.mark.parametrize("opening", ["have you seen season 3", "have you seen anything good lately"])
async def test_seeing_a_season_or_anything_names_no_title(engine: QuestionEngine, opening: str) -> None:
    answer = await engine.answer(opening, Conversation())
    assert not answer.text.startswith("I don't have facts about")
