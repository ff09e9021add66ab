"""A lone exclamation or thanks ("huh", "alright") or a preposition with a question word ("about who") asks
nothing of any show: the subject nobody knows stays the subject, and with none there are no facts of the
default show, nor "I don't have facts about Huh"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_an_exclamation_keeps_the_unknown_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "tell me everything you know about tomas okafor", "huh")
    assert answer.text == "I don't have facts about Tomas Okafor."


async def test_a_preposition_and_who_keeps_the_unknown_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "tell me everything you know about tomas okafor", "about who")
    assert answer.text == "I don't have facts about Tomas Okafor."


async def test_their_age_asked_after_is_of_the_unknown_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "tell me everything you know about tomas okafor", "how about their age")
    assert answer.text == "I don't have facts about Tomas Okafor."


async def test_an_exclamation_alone_tells_no_shows_facts(engine: QuestionEngine) -> None:
    for message in ("huh", "alright", "about who"):
        answer = await chat(engine, message)
        assert answer.kind == "unknown"
        assert "Heartstopper" not in answer.text and "I don't have facts about" not in answer.text
