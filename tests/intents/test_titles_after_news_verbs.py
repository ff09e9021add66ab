"""A title of everyday words after a news verb ("confirmed", "renewed", "cancelled") or before a news noun
("casting", "finale") is read as a title: a show Marquee has no facts about gets "I don't have facts about X",
never the default show's facts; Heartstopper in the same frames still answers, and news talk is no title."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine

_DEFAULT_FACTS = ("October 3", "Joe Locke", "Netflix", "98%", "Euros Lyn")


@pytest.mark.parametrize(
    "question",
    [
        "which network confirmed the true detective casting",
        "which network renewed the good place",
        "hbo renewed true detective for season 5?",
        "which network aired the good place finale",
        "who announced the big little lies revival",
    ],
)
async def test_an_unknown_title_after_a_news_verb_gets_no_default_facts(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question)
    assert "I don't have facts about" in answer.text
    assert not any(fact in answer.text for fact in _DEFAULT_FACTS)


async def test_a_network_leading_an_unknown_title_is_read_past(engine: QuestionEngine) -> None:
    answer = await engine.answer("hbo's true detective cast")
    assert "I don't have facts about True Detective" in answer.text


async def test_the_held_show_after_a_news_verb_still_answers(engine: QuestionEngine) -> None:
    answer = await engine.answer("which network confirmed the heartstopper renewal")
    assert "Netflix" in answer.text


@pytest.mark.parametrize(
    "question",
    ["which network confirmed the big news", "who teased the new trailer", "who confirmed the big reveal"],
)
async def test_news_talk_after_a_news_verb_is_no_title(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question)
    assert "I don't have facts about" not in answer.text
