"""A fan who says what they want to know without a question word ("i'd like to know the premiere date of
...") asks it; going back to their own things at the end ("anyway back to my homework") is no question."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.understand.asking import question_part
from intents.understand.sentences import embedded_question

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def test_a_wish_to_know_a_thing_asks_what_it_is() -> None:
    assert embedded_question("i would love to know the network of agatha all along") == (
        "what is the network of agatha all along"
    )
    assert embedded_question("we need to find out the release date") == "what is the release date"


def test_knowing_a_thing_already_asks_nothing() -> None:
    assert embedded_question("i know the director of season 3 is andy newberry") is None


def test_going_back_to_ones_own_things_is_no_question() -> None:
    asked, _ = question_part("so which network is agatha on? okay back to my homework lol")
    assert asked.startswith("so which network is agatha on"), asked


async def test_a_wish_to_know_among_greetings_is_answered(engine: QuestionEngine) -> None:
    message = (
        "hello from Portugal, sorry for my english. i would like to know the network of agatha all along. "
        "thanks a lot and good evening"
    )
    reply = (await engine.answer(message, Conversation(), now=NOW)).text
    assert "Disney+" in reply, reply
