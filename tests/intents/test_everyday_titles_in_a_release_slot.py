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


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("plz tell me the relese date of how i met your mother 🙏", "How I Met Your Mother"),
        ("can u tell me what channel normal people is on", "Normal People"),
    ],
)
async def test_a_title_a_fact_is_asked_of_is_the_subject(
    engine: QuestionEngine, question: str, title: str
) -> None:
    conversation = Conversation()
    answer = await engine.answer(question, conversation)
    assert answer.text.startswith(f"I don't have facts about {title}")
    follow_up = await engine.answer("the trailer out yet?", conversation)
    assert follow_up.text.startswith(f"I don't have facts about {title}")


@pytest.mark.parametrize(
    "question",
    [
        "tell me the release date of the new season",
        "what's the premiere date of the show",
        "what channel is it on",
    ],
)
async def test_a_fact_of_the_show_talked_about_is_no_title(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, Conversation())
    assert not answer.text.startswith("I don't have facts about")
