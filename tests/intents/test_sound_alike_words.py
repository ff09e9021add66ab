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


def test_a_word_after_the_word_it_goes_with_is_read_as_meant() -> None:
    assert words_as_meant("loki spin of cast".split()) == "loki spin off cast".split()
    assert words_as_meant("more wins then losses".split()) == "more wins than losses".split()
    assert words_as_meant("and then what".split()) == "and then what".split()


async def test_spin_of_typed_for_spin_off_names_the_spin_off(engine: QuestionEngine) -> None:
    answer = await engine.answer("wanda vision spin of release date", now=BEFORE)
    assert "Agatha All Along" in answer.text
    assert "September 18" in answer.text


def test_of_after_spun_out_stays_of() -> None:
    assert words_as_meant("what was it spun out of".split()) == "what was it spun out of".split()
