"""A title Marquee holds no facts about is said back with the possessive 's the fan typed in it ("The
Handmaid's Tale", not "The Handmaid Tale"), in follow-ups too; a possessive of a whole title stays the fan's
own."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from tests.helpers import last_text

NOW = dt.datetime(2025, 3, 14, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("the handmaid's tale final season - when?", "The Handmaid's Tale"),
        ("whens grey’s anatomy back", "Grey's Anatomy"),
        ("is a knight's tale on netflix", "A Knight's Tale"),
    ],
)
async def test_an_unknown_title_keeps_the_possessive_the_fan_typed(
    engine: QuestionEngine, question: str, title: str
) -> None:
    reply = await last_text(engine, question, now=NOW)
    assert reply.startswith(f"I don't have facts about {title}."), reply


async def test_a_follow_up_about_the_unknown_title_keeps_its_possessive(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "when's schindler's list on", "who's in it", now=NOW)
    assert reply.startswith("I don't have facts about Schindler's List."), reply


async def test_a_possessive_of_a_whole_unknown_title_is_not_part_of_its_name(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "what's the bear's rotten tomatoes score", now=NOW)
    assert reply.startswith("I don't have facts about The Bear."), reply
