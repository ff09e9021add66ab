"""A word typed for another that sounds the same: "whose in it" asks who's in it, "were is it" where it is."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.sounded_words import words_as_meant

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


async def test_whose_before_a_preposition_asks_who_is(engine: QuestionEngine) -> None:
    answer = await engine.answer("whose in heartstopper season 3", now=BEFORE)
    assert answer.intent == "cast"
    assert "Joe Locke" in answer.text


async def test_were_before_is_asks_where(engine: QuestionEngine) -> None:
    answer = await engine.answer("were is heartstopper streaming", now=BEFORE)
    assert "Netflix" in answer.text
    assert "premiere" not in answer.text


def test_whose_before_a_noun_stays_whose() -> None:
    assert words_as_meant("whose character is nick".split()) == "whose character is nick".split()
    assert words_as_meant("were there any".split()) == "were there any".split()
