"""Names nobody knows, and what becomes of them: a part nobody knows ("who plays eleven") stays the
thread's subject, so "when does it come back" gets no other show's facts; a title after a verb of watching
("binged ted lasso last week, ...") is talk, not someone the question asks of; a syllable of a hyphenated
name ("jun ji-hyun") stays in the name; a title closed by "!" inside a yes/no ("is call my agent! any good,
...") is the subject of the clauses after it."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_part_nobody_knows_stays_the_subject_of_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays zorblax", "when does it come back")
    assert "Heartstopper" not in answer.text, answer.text
    assert "Zorblax" in answer.text, answer.text


async def test_a_title_after_a_watching_verb_is_no_one_asked_of(engine: QuestionEngine) -> None:
    answer = await chat(engine, "binged ted lasso last week, who directed heartstopper")
    assert "Euros Lyn" in answer.text, answer.text


async def test_a_hyphenated_name_is_read_whole(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays jun ji-hyun")
    assert answer.text == "I don't have facts about Jun Ji Hyun.", answer.text


async def test_a_title_closed_by_an_exclamation_mark_is_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hiii is call my agent! any good, what did critics think")
    assert answer.text.startswith("I don't have facts about Call My Agent"), answer.text


async def test_a_wh_word_and_pronoun_title_before_show_talk_gets_no_facts(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how i met your mother trailer out yet??")
    assert answer.text == "I don't have facts about How I Met Your Mother.", answer.text
