""" "Tell me about" before a fact it names ("the heartstopper cast", "the cast of agatha all along") asks for
that fact; before a show alone it still asks for the show's summary."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_tell_me_about_the_shows_cast_gives_the_cast(engine: QuestionEngine) -> None:
    answer = await chat(engine, "tell me about the heartstopper cast")
    assert "Joe Locke" in answer.text and "Kit Connor" in answer.text


async def test_tell_me_about_the_cast_of_a_show_gives_the_cast(engine: QuestionEngine) -> None:
    answer = await chat(engine, "tell me about the cast of agatha all along")
    assert answer.kind == "answer" and "Kathryn Hahn" in answer.text


async def test_tell_me_about_a_show_alone_is_its_summary(engine: QuestionEngine) -> None:
    answer = await chat(engine, "tell me about heartstopper")
    assert "schoolboys" in answer.text
