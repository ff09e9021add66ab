"""How the story's couple comes about ("how do nick and charlie first meet", "how does the friendship
between nick and charlie start"), asked for fanfic or a recap, is what the show is about."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "for a fic i'm writing: how do charlie and nick meet in the show?",
        "how does the friendship between nick and charlie start?",
        "how do nick and charlie first end up together",
    ],
)
async def test_how_the_couple_comes_about_is_the_synopsis(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert "seated together in class" in answer.text, answer.text


async def test_when_a_show_starts_is_still_its_premiere(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does heartstopper start?", now=BEFORE)
    assert "premiere" in answer.text
