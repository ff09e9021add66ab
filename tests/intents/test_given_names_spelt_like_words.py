"""A given name spelt like an everyday word ("will") after a word a name follows ("did", "is", "with") and
before a word nobody knows is part of one name nobody knows: "did will brennan direct any heartstopper
episodes" is about Will Brennan, never the show's directors."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_will_before_an_unknown_surname_is_a_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did Will Brennan direct any heartstopper episodes", "how many")
    assert answer.text.startswith("I don't have facts about Will Brennan"), answer.text


async def test_a_follow_up_pronoun_stays_with_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did will brennan write the heartstopper books", "did she work on the show")
    assert "Osman" not in answer.text


async def test_will_as_a_verb_is_still_a_word(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when will nick and charlie kiss")
    assert "Heartstopper" in answer.text
