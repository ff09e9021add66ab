"""A name nobody knows ends where what is said of the person starts: "what year was marta velez born" is about
Marta Velez (never "Marta Velez Born"), "did priya harris adapt the books" about Priya Harris, and a follow-up
"are they dating anyone" about the same person, never "Priya Harris Dating Anyone"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_born_ends_the_name_in_the_subjects_place(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what year was marta velez born")
    assert answer.text == "I don't have facts about Marta Velez."


async def test_born_ends_a_name_opening_with_a_known_first_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when was charlie brennan born", "how old does that make him")
    assert answer.text == "I don't have facts about Charlie Brennan."


async def test_a_verb_after_a_full_name_is_no_part_of_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did priya harris adapt the heartstopper graphic novels")
    assert answer.text.startswith("I don't have facts about Priya Harris")
    assert "Adapt" not in answer.text


async def test_a_follow_up_about_them_keeps_the_name_alone(engine: QuestionEngine) -> None:
    answer = await chat(engine, "any gossip on lena okafor", "like are they dating anyone from the cast")
    assert answer.text == "I don't have facts about Lena Okafor."


async def test_a_known_person_asked_so_is_still_known(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when was joe locke born")
    assert "Joe Locke" in answer.text and "I don't have facts about" not in answer.text
