"""A surname of one or two letters after a given name ("sandra oh", "omar sy") is part of one name nobody
knows: the reply says the whole name back and never answers about a known person."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_two_letter_surname_is_said_back(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who is sandra oh")
    assert answer.text.startswith("I don't have facts about Sandra Oh")


async def test_a_question_about_the_books_is_not_answered_about_their_author(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did mira wu write the heartstopper books", "did she work on the show")
    assert answer.text.startswith("I don't have facts about Mira Wu")
    assert "Osman" not in answer.text


async def test_a_known_first_name_with_a_short_surname_is_someone_else(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did Ben Wu direct any heartstopper episodes", "how many")
    assert answer.text.startswith("I don't have facts about Ben Wu")
