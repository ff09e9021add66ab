"""Someone a character is related to: a love interest the synopsis gives is answered through that
character; any other relative is a part no credit names."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 10, 3, 12, tzinfo=dt.UTC)


async def test_a_love_interest_the_synopsis_gives_is_answered_through_them(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays charlie's boyfriend in heartstopper", now=NOW)
    assert answer.kind == "answer"
    assert "Kit Connor" in answer.text and "Joe Locke" not in answer.text


async def test_love_interest_in_two_words_is_a_partner(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays nick nelson's love interest", now=NOW)
    assert "Joe Locke" in answer.text


async def test_a_relative_no_credit_names_is_missing_first(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays charlie's mum", now=NOW)
    assert answer.text.startswith("I don't have who plays Charlie Spring's mum")


async def test_a_possessive_the_linker_left_whole_still_names_the_character(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays nicks mum", now=NOW)
    assert answer.text.startswith("I don't have who plays Nick Nelson's mum")
