"""An unknown-subject verdict needs a name: everyday chatter is no title, a part of a held name is that
someone, and real unknown titles are still reported whole."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intents.engine import QuestionEngine
from intents.name_evidence import marked_words, opens_sentence
from intents.ordinary_words import name_shaped, ordinary
from intents.query import Conversation
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-harbor", "outlet": "Test Wire", "title": "Harbor Lantern returns",
     "published": "2026-01-10"},
    {"type": "show", "title": "Harbor Lantern", "kind": "series", "network": "Netflix"},
    {"type": "release", "show": "Harbor Lantern", "season": 1, "date": "2024-03-01", "network": "Netflix"},
    {"type": "release", "show": "Harbor Lantern", "season": 2, "date": "2026-05-20", "network": "Netflix"},
    {"type": "credit", "show": "Harbor Lantern", "person": "Ravi Ostrander", "role": "actor",
     "character": "Delphine Okafor", "billing": 1},
    {"type": "credit", "show": "Harbor Lantern", "person": "Ottilie Brask", "role": "actor",
     "character": "Annabel Crane", "billing": 2},
    {"type": "credit", "show": "Harbor Lantern", "person": "Tam Vell", "role": "director", "seasons": "1"},
    {"type": "credit", "show": "Harbor Lantern", "person": "Ines Quarrow", "role": "director",
     "seasons": "2"},
    {"type": "credit", "show": "Harbor Lantern", "person": "Ravi Dunmore", "role": "writer"},
    {"type": "credit", "show": "Harbor Lantern", "person": "Corin Ashby", "role": "creator"},
    {"type": "show", "title": "Cold Meridian", "kind": "series", "network": "BBC One"},
    {"type": "credit", "show": "Cold Meridian", "person": "Ines Sand", "role": "actor",
     "character": "Wren Hale", "billing": 1},
]  # fmt: skip
SPRING = dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
async def harbor(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


async def _ask(engine: QuestionEngine, question: str) -> str:
    return (await engine.answer(question, now=SPRING)).text


def test_capitals_in_a_lower_case_message_mark_a_name() -> None:
    assert marked_words("is it like Good Times or what") == {"good", "times"}


def test_a_sentences_first_word_and_i_mark_no_name() -> None:
    assert marked_words("My wife and I finished it. Lovely show") == frozenset()


def test_quotes_mark_a_name() -> None:
    assert {"somewhere", "else"} <= marked_words('did they buy it from "somewhere else"')


def test_everyday_words_are_ordinary_and_a_rare_word_is_not() -> None:
    assert ordinary(["like", "one", "sentence"])
    assert not ordinary(["stranger", "things"])


def test_the_and_a_noun_is_shaped_like_a_title_and_the_same_is_not() -> None:
    assert name_shaped(["the", "way"])
    assert not name_shaped(["the", "same"])


def test_a_phrase_headed_by_news_media_is_not_shaped_like_a_title() -> None:
    assert not name_shaped(["the", "scenes", "photo"])


async def test_a_first_name_held_by_one_person_links_to_them(harbor: QuestionEngine) -> None:
    assert "Annabel Crane" in await _ask(harbor, "what character does ottilie play")


async def test_a_short_surname_held_by_one_person_links_to_them(harbor: QuestionEngine) -> None:
    reply = await _ask(harbor, "which season did vell direct")
    assert "Tam Vell" in reply and "don't have facts" not in reply


async def test_two_names_joined_by_and_each_link(harbor: QuestionEngine) -> None:
    reply = await _ask(harbor, "which characters do ottilie and ostrander play")
    assert "Annabel Crane" in reply and "Delphine Okafor" in reply


async def test_a_first_name_two_people_share_asks_which(harbor: QuestionEngine) -> None:
    answer = await harbor.answer("what has ravi worked on", now=SPRING)
    assert answer.kind == "clarify"
    assert {"Ravi Ostrander", "Ravi Dunmore"} <= set(answer.suggestions)


async def test_a_shared_first_name_is_the_one_of_the_show_talked_about(harbor: QuestionEngine) -> None:
    conversation = Conversation()
    await harbor.answer("who's in cold meridian", conversation, now=SPRING)
    reply = (await harbor.answer("who does ines play", conversation, now=SPRING)).text
    assert "Wren Hale" in reply and "Quarrow" not in reply


async def test_a_held_first_name_beside_an_unknown_surname_stays_unknown(harbor: QuestionEngine) -> None:
    assert (await _ask(harbor, "who is ottilie fairweather")).startswith(
        "I don't have facts about Ottilie Fairweather"
    )


async def test_a_misspelt_character_ending_links_on_its_show(harbor: QuestionEngine) -> None:
    assert "Ottilie Brask" in await _ask(harbor, "who plays annabelle in harbor lantern")


async def test_everyday_words_after_a_preposition_are_no_title(harbor: QuestionEngine) -> None:
    reply = await _ask(harbor, "is harbor lantern a netflix show or did they just buy it from somewhere")
    assert "Somewhere" not in reply


async def test_an_ordinary_run_is_no_unknown_subject(harbor: QuestionEngine) -> None:
    reply = await _ask(harbor, "was season 1 of harbor lantern's director the same person as season 2's?")
    assert "The Same" not in reply


async def test_the_show_starts_a_clause_after_a_credit_verb(harbor: QuestionEngine) -> None:
    reply = await _ask(harbor, "who wrote the books the show's based on")
    assert "don't have facts" not in reply


async def test_a_show_described_and_called_names_no_title(harbor: QuestionEngine) -> None:
    reply = await _ask(harbor, "what's ravi ostrander's character in the netflix show called")
    assert "Delphine Okafor" in reply


async def test_every_single_episode_points_at_episodes(harbor: QuestionEngine) -> None:
    reply = await _ask(harbor, "did tam vell really direct every single ep of season 1")
    assert "Every Single" not in reply


async def test_a_leading_phrase_said_of_news_is_no_title(harbor: QuestionEngine) -> None:
    reply = await _ask(harbor, "bts pic posted where?")
    assert "don't have facts" not in reply


async def test_a_title_asking_its_own_question_keeps_its_last_word(harbor: QuestionEngine) -> None:
    reply = await _ask(harbor, "who created never have i ever")
    assert reply.startswith("I don't have facts about Never Have I Ever")


async def test_an_everyday_word_title_in_a_titles_place_is_still_unknown(harbor: QuestionEngine) -> None:
    assert (await _ask(harbor, "who's in the way back")).startswith("I don't have facts about The Way Back")


_SENTENCE_END = re.compile(r"[.!?…:;—–-]\s*$|^\s*$")  # the pattern opens_sentence stands in for


@given(st.text(alphabet=" \t\n\u00a0\u2003.!?…:;—–-,aZ'", max_size=12))
def test_a_sentence_opens_where_the_end_mark_pattern_says(message: str) -> None:
    for at in range(len(message) + 1):
        assert opens_sentence(message, at) == (_SENTENCE_END.search(message, 0, at) is not None)
