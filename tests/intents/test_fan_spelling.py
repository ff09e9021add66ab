"""Fans' spelling: misspelt names beside a shorthand, short misspelt names, misspelt relation words and
commands, and the limits that keep an unknown name unknown."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.linking import EntityIndex
from intents.text import fold

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def _link(kb: Knowledge, question: str) -> list[tuple[str, str]]:
    return [(m.refs[0].kind, m.refs[0].name) for m in EntityIndex(kb).link(fold(question).split())]


def test_a_misspelt_surname_beside_a_first_name_shorthand_is_the_full_name(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "who plays nick nelsen") == [("character", "Nick Nelson")]
    assert _link(seed_knowledge, "is oilvia colman in it") == [("person", "Olivia Colman")]


def test_a_misspelt_word_after_an_alias_completes_the_title(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "who else is in agatha all alog") == [("show", "Agatha All Along")]


def test_a_short_misspelt_name_one_letter_off_is_linked(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "who plays nik") == [("character", "Nick Nelson")]


def test_a_short_name_with_a_letter_changed_is_someone_else(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "who plays nico") == []


async def test_a_name_sharing_a_first_name_with_a_known_one_stays_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is kit harington", now=BEFORE)
    assert answer.kind == "unknown"
    assert "Kit Harington" in answer.text and "Connor" not in answer.text


async def test_relation_words_with_swapped_or_missing_letters_are_read(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plasy charlie", now=BEFORE)
    assert answer.answers == ("Joe Locke",)
    answer = await engine.answer("whne is heartstopper seasob 3 out", now=BEFORE)
    assert answer.answers[0] == "2024-10-03"


async def test_an_unknown_name_is_never_corrected_into_a_relation_word(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays emma in heartstopper", now=BEFORE)
    assert answer.kind == "unknown"
    assert "Emma" in answer.text


async def test_a_misspelt_command_is_the_command(engine: QuestionEngine) -> None:
    answer = await engine.answer("!premeire heartstopper", now=BEFORE)
    assert answer.intent == "premiere"
    assert "October 3, 2024" in answer.text


async def test_a_word_two_letters_short_of_a_title_is_the_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("who acts as charlie spring in heartstopr", now=BEFORE)
    assert answer.answers == ("Joe Locke",)


async def test_a_misspelling_equally_near_two_relation_words_is_still_read(engine: QuestionEngine) -> None:
    answer = await engine.answer("whos the directer of heartstoper season three", now=BEFORE)
    assert "Andy Newberry" in answer.text


async def test_a_month_in_a_question_is_no_unknown_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("does season 3 come out on october 3", now=BEFORE)
    assert "I don't have facts about October" not in answer.text
    assert "October 3, 2024" in answer.text


async def test_spinoff_written_as_one_word_is_the_spin_off(engine: QuestionEngine) -> None:
    answer = await engine.answer("when is the wandavision spinoff out", now=BEFORE)
    assert "Agatha All Along" in answer.text
    answer = await engine.answer("whats the wandavision spinoff called", now=BEFORE)
    assert answer.text.startswith("Agatha All Along")


async def test_a_misspelling_near_two_commands_of_one_intent_is_that_intent(engine: QuestionEngine) -> None:
    answer = await engine.answer("!creater heartstopper", now=BEFORE)
    assert answer.intent is not None and "creator" in answer.intent
    assert "Osman" in answer.text


async def test_a_fans_abbreviation_of_a_command_is_the_command(engine: QuestionEngine) -> None:
    answer = await engine.answer("!dir hs3", now=BEFORE)
    assert "Andy Newberry" in answer.text


async def test_before_misspelt_is_still_before(engine: QuestionEngine) -> None:
    answer = await engine.answer("what did euros lyn work on befor heartstopper", now=BEFORE)
    assert "Doctor Who" in answer.text


async def test_a_misspelt_order_word_keeps_the_choice_of_which_is_first(engine: QuestionEngine) -> None:
    answer = await engine.answer("wich comes out frist agatha or heartstoper 3", now=BEFORE)
    assert answer.text.startswith("Agatha All Along comes first")
