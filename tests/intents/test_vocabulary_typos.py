"""A word the intents read, typed with one slip ("directng"), is spelt from the intents' own vocabulary;
names, everyday words and words near two vocabulary words are left as typed."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.understand.vocabulary_typos import spelt_from_vocabulary

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
_VOCABULARY = frozenset({"composer", "directing", "nominations", "portrayed", "portrays", "xshowx"})


def test_a_long_word_one_slip_from_a_vocabulary_word_is_spelt_out() -> None:
    assert spelt_from_vocabulary("compser", _VOCABULARY, frozenset()) == "composer"
    assert spelt_from_vocabulary("nominatoins", _VOCABULARY, frozenset()) == "nominations"


def test_names_everyday_words_and_ties_stay_as_typed() -> None:
    assert spelt_from_vocabulary("started", frozenset({"starred"}), frozenset()) == "started"  # everyday
    assert spelt_from_vocabulary("portrayd", _VOCABULARY, frozenset()) == "portrayd"  # two words one slip off
    assert spelt_from_vocabulary("directng", _VOCABULARY, frozenset({"directnig"})) == "directng"


async def test_a_question_with_a_slip_in_its_verb_is_answered(engine: QuestionEngine) -> None:
    reply = (await engine.answer("whos directng the third season??", Conversation(), now=NOW)).text
    assert "Andy Newberry" in reply, reply


def test_a_word_one_letter_longer_than_a_vocabulary_word_is_another_word() -> None:
    assert spelt_from_vocabulary("remakes", frozenset({"remake"}), frozenset()) == "remakes"
