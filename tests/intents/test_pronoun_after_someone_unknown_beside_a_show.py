""" "and pedro pascal?" in a thread about a known show: the show stays the subject, but the "he"/"she" of the
next question means that person nobody knows (when the pronoun fits them), never the known actor asked of
before."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_she_after_and_someone_unknown_is_that_person(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who plays charlie in heartstopper", "and anna kendrick?", "what else is she in"
    )
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Anna Kendrick")


async def test_him_after_and_an_unknown_part_is_that_part(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "and tao?", "who plays him")
    assert answer.text.startswith("I don't have facts about Tao") and "Joe Locke" not in answer.text


async def test_the_show_stays_the_subject_after_someone_unknown(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "and pedro pascal?", "who's in it")
    assert answer.kind == "answer" and "Kit Connor" in answer.text


async def test_he_after_and_a_known_part_is_its_actor(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "and nick?", "what else is he in")
    assert "Kit Connor" in answer.text
