"""One episode's title ("the title of hs season 3 episode 1", "what is s1 ep 2 called") is a fact Marquee
never holds: it says so first, then what it knows."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


@pytest.mark.parametrize(
    "question",
    ["whats the name of heartstopper's opening episode", "what is heartstopper season 1 episode 2 titled"],
)
async def test_one_episodes_title_is_said_missing_first(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE_PREMIERE)
    assert answer.text.startswith("I don't have episode titles for Heartstopper")


async def test_a_person_named_in_an_episode_is_no_title_ask(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "what's the name of the actor in episode 1 of heartstopper", now=BEFORE_PREMIERE
    )
    assert "episode titles" not in answer.text
