"""Everyday talk around a fan's question is no name: its words in any form ("points", "crying"), a clause or
sentence of it before the question, a feeling that opens an aside. Unknown shows in such talk still get
"I don't have facts about X"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from intents.dialogue import Conversation
from intents.engine import QuestionEngine
from intents.ordinary_words import everyday
from intents.understand.talk import everyday_talk
from tests.helpers import last_text
from tests.intents.invented import load_invented
from tests.intents.test_name_evidence import FACTS

ONE_SHOW = FACTS[:9]  # Harbor Lantern (beside the seeded show)
SPRING = dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
async def harbor(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, ONE_SHOW))


@pytest.mark.parametrize("word", ["points", "crying", "closer", "known", "had", "planned", "categories"])
def test_an_everyday_word_in_any_of_its_forms_is_everyday(word: str) -> None:
    assert everyday(word)


@pytest.mark.parametrize("word", ["shrinking", "bridgerton", "arcane", "severance"])
def test_a_rarer_word_is_no_everyday_word_whatever_its_ending(word: str) -> None:
    assert not everyday(word)


async def test_a_question_after_a_clause_of_everyday_talk_is_answered(harbor: QuestionEngine) -> None:
    text = await last_text(harbor, "crying at how cute the new photo is, who directed season 2", now=SPRING)
    assert "Ines Quarrow" in text


async def test_a_question_after_a_sentence_of_everyday_talk_is_answered(harbor: QuestionEngine) -> None:
    text = await last_text(harbor, "heard a rumour the date moved. when does season 2 come out?", now=SPRING)
    assert "May 20" in text


async def test_a_feeling_opening_an_aside_is_no_unknown_title(harbor: QuestionEngine) -> None:
    text = await last_text(
        harbor, "honestly so nervous about the new season lol when does it actually drop", now=SPRING
    )
    assert "premiere" in text
    assert "I don't have facts about" not in text


async def test_a_first_name_beside_an_everyday_word_is_still_the_character(harbor: QuestionEngine) -> None:
    text = await last_text(harbor, "what's delphine's full name and who plays her?", now=SPRING)
    assert "Ravi Ostrander" in text


async def test_an_everyday_word_in_a_question_is_no_unknown_name(harbor: QuestionEngine) -> None:
    text = await last_text(harbor, "how many points apart are the critic and audience scores", now=SPRING)
    assert "I don't have facts about" not in text


async def test_an_unknown_show_in_everyday_talk_still_has_no_facts(harbor: QuestionEngine) -> None:
    text = await last_text(
        harbor, "ngl so nervous about the bear season 4, when does it come out", now=SPRING
    )
    assert text.startswith("I don't have facts about")
    assert "May 20" not in text


def test_a_restored_conversation_forgets_what_was_said_since_it_was_saved() -> None:
    conversation = Conversation()
    saved = conversation.saved()
    conversation.mention_unknown(("expecting",))
    conversation.restore(saved)
    assert conversation.unknown is None


def test_what_a_comparison_weighs_is_no_everyday_talk() -> None:
    assert not everyday_talk("more episodes")


def test_a_feeling_and_a_photo_are_everyday_talk() -> None:
    assert everyday_talk("crying at how cute the new photo is")
