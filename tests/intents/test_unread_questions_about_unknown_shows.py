"""A question no reader understood that opens by asking of a name nobody knows ("is X basically hs but ...")
makes that name the subject: the reply says Marquee has no facts about it, and the follow-ups are about it,
never the yardstick show's facts."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.replies import NOT_UNDERSTOOD

_NO_FACTS = "I don't have facts about"


async def _asked(engine: QuestionEngine, *questions: str) -> list[str]:
    conversation = Conversation()
    return [(await engine.answer(q, conversation)).text for q in questions]


@pytest.mark.parametrize(
    ("opener", "title"),
    [
        ("is copper lanterns kinda like heartstopper but spanish", "Copper Lanterns"),
        ("is fen street basically heartstopper but american lol", "Fen Street"),
        ("is quiet harbour literally hs but with adults", "Quiet Harbour"),
    ],
)
async def test_a_yes_no_about_an_unknown_show_likened_to_a_known_one_makes_it_the_subject(
    engine: QuestionEngine, opener: str, title: str
) -> None:
    asked, seasons, score = await _asked(engine, opener, "how many seasons did it get", "and its rt score?")
    assert asked.startswith(f"{_NO_FACTS} {title}")
    assert seasons.startswith(f"{_NO_FACTS} {title}")
    assert score.startswith(f"{_NO_FACTS} {title}")
    assert "98%" not in score


async def test_a_question_not_understood_about_no_name_stays_not_understood(engine: QuestionEngine) -> None:
    (asked,) = await _asked(engine, "is it basically the same vibe but sadder lol")
    assert asked.startswith(NOT_UNDERSTOOD)
