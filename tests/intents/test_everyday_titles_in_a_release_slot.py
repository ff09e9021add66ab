"""A title of everyday words between an auxiliary and a verb of coming out ("did reacher come out before or
after heartstopper", "is reacher still filming"), or between "when" and a season ("wen reacher s2"), is the
title asked of: "I don't have facts about Reacher", and what follows stays with it, never the default show's
dates (the seed database: Heartstopper is the default show)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation


@pytest.mark.parametrize(
    ("opening", "follow_up"),
    [
        ("did reacher come out before or after heartstopper", "what year was it"),
        ("wen reacher s2", "cast changes?"),
        ("is reacher still filming", "any news on it"),
    ],
)
async def test_an_everyday_title_in_a_release_slot_is_the_subject(
    engine: QuestionEngine, opening: str, follow_up: str
) -> None:
    conversation = Conversation()
    first = await engine.answer(opening, conversation)
    assert first.text.startswith("I don't have facts about Reacher")
    answer = await engine.answer(follow_up, conversation)
    assert answer.text.startswith("I don't have facts about Reacher")


@pytest.mark.parametrize(
    "question", ["is everyone still in it", "did the new season drop", "did hs3 come out", "wen hs s3"]
)
async def test_no_one_named_and_known_shows_are_no_title(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, Conversation())
    assert not answer.text.startswith("I don't have facts about")
