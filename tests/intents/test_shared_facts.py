"""Two subjects joined by "&" or "+" before the fact asked of both: each gets that fact ("jl & kc roles?").
A clipped noun's plural reads as the whole word's ("chars", "prems")."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.understand.fanwords import FAN_WORDS
from intents.understand.shared_facts import shared_fact

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
_KNOWN = {"agatha", "heartstopper", "joe locke", "kit connor", "wv"}.__contains__


def test_a_bare_known_subject_takes_the_fact_asked_of_the_next() -> None:
    assert shared_fact(["wv", "agatha networks?"], _KNOWN) == ["wv networks?", "agatha networks?"]
    assert shared_fact(["joe locke", "kit connor parts"], _KNOWN) == ["joe locke parts", "kit connor parts"]


def test_words_nobody_knows_or_a_question_keep_their_pieces() -> None:
    assert shared_fact(["law", "order cast"], _KNOWN) == ["law", "order cast"]
    assert shared_fact(["heartstopper date", "agatha network"], _KNOWN) == [
        "heartstopper date",
        "agatha network",
    ]


def test_a_clipped_nouns_plural_reads_as_the_whole_words() -> None:
    assert FAN_WORDS["chars"] == ("characters",)
    assert FAN_WORDS["prems"] == ("premieres",)


async def test_each_subject_before_a_shared_fact_is_answered(engine: QuestionEngine) -> None:
    reply = (await engine.answer("agatha + hs networks?", Conversation(), now=NOW)).text
    assert "Disney+" in reply and "Netflix" in reply, reply


async def test_a_streamer_is_the_service_a_show_streams_on(engine: QuestionEngine) -> None:
    reply = (await engine.answer("agatha streamer?", Conversation(), now=NOW)).text
    assert "Disney+" in reply, reply
