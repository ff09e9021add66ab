"""A known first name before a surname spelt like an everyday word ("charlie fox", "william cross") is someone
nobody knows, never the known person or character who shares the first name (Charlie Spring, William Gao)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_characters_first_name_with_a_word_surname_is_someone_unknown(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who is charlie fox playing in the new season")
    assert answer.text.startswith("I don't have facts about Charlie Fox")
    assert "Joe Locke" not in answer.text


async def test_a_persons_first_name_with_a_word_surname_is_someone_unknown(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what has William Cross been in")
    assert answer.text.startswith("I don't have facts about William Cross")


async def test_a_follow_up_stays_with_the_unknown_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did Charlie Fox direct any heartstopper episodes", "how many")
    assert "Heartstopper has" not in answer.text and "Euros Lyn" not in answer.text


async def test_the_known_full_name_and_first_name_still_link(engine: QuestionEngine) -> None:
    assert "Joe Locke" in (await chat(engine, "who is charlie spring")).text
    assert "Kit Connor" in (await chat(engine, "does nick love charlie")).text
    assert "William Gao" in (await chat(engine, "who is william")).text
