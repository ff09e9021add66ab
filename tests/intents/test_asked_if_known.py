"""Asking whether Marquee knows someone ("ever heard of X", "you know X?") is asking about them; a "he"/"she"
nobody in the conversation can be asks whom the fan means."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.acquaintance import known_of
from tests.helpers import chat


def test_do_you_know_a_name_asks_to_be_told_about_it() -> None:
    assert known_of("ok do you know florence pugh".split()) == "tell me about florence pugh".split()


def test_ever_heard_of_a_name_asks_to_be_told_about_it() -> None:
    asked = "have you ever heard of the white lotus".split()
    assert known_of(asked) == "tell me about the white lotus".split()


def test_do_you_know_an_embedded_question_is_left_as_asked() -> None:
    tokens = "do you know when the white lotus returns".split()
    assert known_of(tokens) == tokens


def test_do_you_know_a_fact_of_a_show_is_left_as_asked() -> None:
    tokens = "do u know the white lotus s2 director".split()
    assert known_of(tokens) == tokens


async def test_familiar_with_a_person_nobody_knows_is_no_facts_about_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "are you familiar with florence pugh")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Florence Pugh")


async def test_she_after_asking_if_a_person_is_known_stays_that_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "u know florence pugh?", "which series is she in")
    assert answer.kind == "unknown" and "Florence Pugh" in answer.text and "Heartstopper" not in answer.text


async def test_heard_of_a_known_actor_tells_about_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "ever heard of kit connor?")
    assert answer.kind == "answer" and "Nick Nelson" in answer.text


async def test_he_with_nobody_talked_about_asks_which_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which series has he starred in")
    assert answer.kind == "unknown" and "Which person" in answer.text and "Heartstopper" not in answer.text


async def test_she_with_nobody_talked_about_is_no_premiere(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hello", "has she got anything out next month")
    assert answer.kind == "unknown" and "premieres" not in answer.text


async def test_she_after_a_name_not_understood_names_no_cast_member(engine: QuestionEngine) -> None:
    answer = await chat(engine, "ayo edebiri, what's she in", "how old is she")
    assert answer.kind == "unknown" and "Kit Connor" not in answer.text and "Heartstopper" not in answer.text
