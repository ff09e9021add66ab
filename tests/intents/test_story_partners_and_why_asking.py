"""A character described by the story they share with another ("who plays the boy charlie gets stuck next to
in class") is the other one the synopsis pairs them with; the fan saying why they ask ("purely out of idle
curiosity") is chatter, never a title."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "actor", "not_actor"),
    [
        ("who plays the boy nick ends up sitting beside in class", "Joe Locke", "Kit Connor"),
        ("whos the actor playing the boy that charlie sits next to at school", "Kit Connor", "Joe Locke"),
        ("which actor plays the one charlie falls for in heartstopper", "Kit Connor", "Joe Locke"),
        ("who plays the guy nick gets stuck beside in class", "Joe Locke", "Kit Connor"),
    ],
)
async def test_the_other_character_of_the_story_is_meant(
    engine: QuestionEngine, question: str, actor: str, not_actor: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.kind == "answer", answer.text
    assert actor in answer.text and not_actor not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who plays the boy who ends up sat next to nick in class",
        "who plays the boy who ends up stuck sitting next to nick",
    ],
)
async def test_a_long_clause_between_the_noun_and_the_character_still_describes_the_other(
    engine: QuestionEngine, question: str
) -> None:
    # "the boy who ends up sat next to nick": the story's clause runs six words or more before the name.
    answer = await engine.answer(question, now=BEFORE)
    assert answer.kind == "answer", answer.text
    assert "Joe Locke" in answer.text and "Kit Connor" not in answer.text, answer.text


async def test_a_character_named_with_a_noun_alone_is_that_character(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays the boy charlie in heartstopper", now=BEFORE)
    assert "Joe Locke" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Just out of professional interest, who directed heartstopper season 3?", "Andy Newberry"),
        ("Purely out of morbid curiosity, what is the critics score for Heartstopper?", "98%"),
    ],
)
async def test_why_the_fan_asks_is_no_title(engine: QuestionEngine, question: str, value: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.kind == "answer", answer.text
    assert value in answer.text
