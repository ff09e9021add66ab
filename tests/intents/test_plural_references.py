"""'they'/'them' in a question mean the plural thing the talk before it named ("the emmy noms ... what
were they for"), never people, who are left to the readers of people."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.understand.plural_references import with_thing_named_before

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def test_they_is_the_plural_thing_named_last_with_what_says_which() -> None:
    talk = "my aunt only cares about bafta nominations"
    assert with_thing_named_before("which categories were they in?", talk) == (
        "which categories were the bafta nominations in?"
    )
    assert with_thing_named_before("who wrote them", "finished the novels last night") == (
        "who wrote the novels"
    )


def test_they_stays_when_the_talk_names_no_thing_or_people_only() -> None:
    assert with_thing_named_before("when are they back", "i miss nick and charlie") == "when are they back"
    assert with_thing_named_before("are they in it", "") == "are they in it"


async def test_a_question_about_things_the_talk_named_is_answered(engine: QuestionEngine) -> None:
    question = "my flatmate was shocked it got bafta nominations. which categories were they in?"
    reply = (await engine.answer(question, Conversation(), now=NOW)).text
    assert "Music" in reply and "Writing" in reply, reply
