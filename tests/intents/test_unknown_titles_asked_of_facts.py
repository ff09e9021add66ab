"""A title nobody knows asked of by its age rating or by the book it is based on: "I don't have facts about
X" with X the title itself, never a word of the question ("Age", "The Book Breaking Bad"); and a fact asked
"of it" is asked of the show talked about, no title named "It"."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("what age rating is breaking bad", "Breaking Bad"),
        ("what age rating is the good place", "The Good Place"),
        ("what rating is killing eve", "Killing Eve"),
        ("who wrote the book breaking bad is based on", "Breaking Bad"),
        ("who wrote the novel the crown was based on", "The Crown"),
        ("who wrote the comics the boys is adapted from", "The Boys"),
    ],
)
async def test_an_unknown_title_is_named_as_itself(engine: QuestionEngine, question: str, title: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text == f"I don't have facts about {title}.", answer.text


@pytest.mark.parametrize(
    "question", ["what age rating is it", "how old is the cast of it", "who wrote the book it is based on"]
)
async def test_a_fact_asked_of_it_names_no_title_it(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert "facts about It" not in answer.text and "facts about Age" not in answer.text, answer.text
    assert "Heartstopper" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("who writes breaking bad", "Breaking Bad"),
        ("who writes friends", "Friends"),
        ("who creates the good place", "The Good Place"),
        ("who produces bad sisters", "Bad Sisters"),
    ],
)
async def test_a_credit_verb_in_the_present_reads_the_title_after_it(
    engine: QuestionEngine, question: str, title: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text == f"I don't have facts about {title}.", answer.text


@pytest.mark.parametrize("question", ["who writes heartstopper", "who writes it", "who creates it"])
async def test_a_credit_verb_in_the_present_asks_of_the_show(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert "Alice Osman" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("was breaking bad nominated for anything", "Breaking Bad"),
        ("was bad sisters nominated for any emmys", "Bad Sisters"),
        ("how long are breaking bad episodes", "Breaking Bad"),
        ("how long are bad sisters episodes", "Bad Sisters"),
        ("where's the killing eve trailer", "Killing Eve"),
    ],
)
async def test_a_title_asked_of_by_its_prizes_or_parts_is_the_subject(
    engine: QuestionEngine, question: str, title: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text == f"I don't have facts about {title}.", answer.text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("was it nominated for anything", "BAFTA"),
        ("how long are the new episodes", "Heartstopper"),
        ("where's the new trailer", "Heartstopper"),
    ],
)
async def test_prizes_or_parts_of_the_show_talked_about_name_no_title(
    engine: QuestionEngine, question: str, fact: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert fact in answer.text and "facts about" not in answer.text, answer.text
