"""A first name said twice ("joe vs joe") is written in as the full name once per place it stands: before,
the first place was written in again and again ("joe locke locke locke ...") until the reading overflowed."""

from __future__ import annotations

import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.partial_names import read_partial_names
from intents.query import Conversation

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize("question", ["joe vs joe", "kit and joe vs kit and joe", "kit or kit?"])
async def test_a_first_name_said_twice_gets_a_reply(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, Conversation(), now=NOW)
    assert answer.text  # a reply, not a RecursionError


def test_each_place_a_first_name_stands_is_written_in_once(
    engine: QuestionEngine, seed_knowledge: Knowledge
) -> None:
    read = read_partial_names(
        "joe vs joe".split(), [["joe"], ["joe"]], set(), seed_knowledge, engine.index, []
    )
    assert read.tokens == ["joe", "locke", "vs", "joe", "locke"]
