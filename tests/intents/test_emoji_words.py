"""Emoji typed for a word: read as it beside a subject alone, a mark beside words that ask or thank."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.emoji_words import emoji_as_words

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def test_a_run_of_one_emoji_is_one_word() -> None:
    assert emoji_as_words("hs 🏆🏆").split() == ["hs", "awards"]
    assert emoji_as_words("hs3 🗓️").split() == ["hs3", "date"]
    assert emoji_as_words("hs 🙏").split() == ["hs", "🙏"]


async def test_an_emoji_beside_a_title_alone_asks_its_word(engine: QuestionEngine) -> None:
    assert (await engine.answer("🏆 hs?", now=BEFORE)).intent == "awards"
    assert (await engine.answer("📺 hs", now=BEFORE)).intent == "where_to_watch"
    assert (await engine.answer("🎬 hs3", now=BEFORE)).intent == "directors"


async def test_an_emoji_beside_words_that_ask_or_thank_is_a_mark(engine: QuestionEngine) -> None:
    assert (await engine.answer("🎬🍿 hs3 wen", now=BEFORE)).intent == "premiere"
    assert (await engine.answer("thanks ⭐", now=BEFORE)).intent != "ratings"
