"""'the heartstopper director' reads as the director of Heartstopper: a "the" before a known name whose
title has none determines the fact, not the title; "the bear" and titles holding "the" keep it."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.understand.article_before_title import without_article_before_title

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
_KNOWN = {"agatha", "agatha all along", "the wheel of time", "wheel of time"}.__contains__


def test_the_before_a_name_without_it_is_dropped() -> None:
    words = "the agatha all along writer".split()
    assert without_article_before_title(words, _KNOWN) == ["agatha", "all", "along", "writer"]


def test_the_of_a_title_or_before_an_unknown_word_stays() -> None:
    assert without_article_before_title("who made the wheel of time".split(), _KNOWN)[-4:] == [
        "the",
        "wheel",
        "of",
        "time",
    ]
    assert without_article_before_title("the bear cast".split(), _KNOWN) == ["the", "bear", "cast"]


async def test_the_show_creators_name_is_asked_of_the_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("the heartstopper creator's name?", Conversation(), now=NOW)
    assert answer.kind == "answer" and "Alice Osman" in answer.text, answer


def test_a_description_of_someone_or_something_keeps_its_the() -> None:
    words = "the agatha all along actor".split()
    assert without_article_before_title(words, _KNOWN) == words
