"""A question inside a fan's message that leans on the talk around it: a pronoun that stands for a description
the talk tells ("the new s3 director ... what's he done before"), a claim heard and then checked, a season
counted in the talk ("the third one"), the question held in the talk before a tag. Invented world beside the
seed facts: every name is made up."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.seasons import find_season
from intents.understand.asking import question_part
from intents.understand.sentences import embedded_question
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-chat29", "outlet": "Test Wire", "title": "Harbour Lights returns",
     "published": "2025-02-01"},
    {"type": "show", "title": "Harbour Lights", "kind": "series", "network": "Netflix"},
    {"type": "release", "show": "Harbour Lights", "date": "2021-06-04", "network": "Netflix"},
    {"type": "release", "show": "Harbour Lights", "season": 3, "date": "2025-04-10", "network": "Netflix"},
    {"type": "season", "show": "Harbour Lights", "number": 1, "through": 2, "episodes": 14},
    {"type": "season", "show": "Harbour Lights", "number": 3},
    {"type": "credit", "show": "Harbour Lights", "person": "Ravi Dale", "role": "actor",
     "character": "Jonah Price", "billing": 1},
    {"type": "credit", "show": "Harbour Lights", "person": "Sela Moor", "role": "actor",
     "character": "Ada Price", "billing": 2},
    {"type": "credit", "show": "Harbour Lights", "person": "Mara Quill", "role": "director", "seasons": "1-2",
     "episodes": 14},
    {"type": "credit", "show": "Harbour Lights", "person": "Otto Fenn", "role": "director", "seasons": "3"},
    {"type": "work", "person": "Mara Quill", "title": "Glass River", "role": "worked on"},
    {"type": "work", "person": "Mara Quill", "title": "Cold Tide", "role": "worked on"},
    {"type": "work", "person": "Otto Fenn", "title": "Sun Court", "role": "directed episodes"},
    {"type": "work", "person": "Otto Fenn", "title": "Low Road", "role": "directed episodes"},
    {"type": "work", "person": "Otto Fenn", "title": "Marrow", "role": "directed episodes"},
    {"type": "show", "title": "Copper Vale", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Copper Vale", "date": "2025-03-20", "network": "Hulu"},
    {"type": "credit", "show": "Copper Vale", "person": "Ravi Dale", "role": "actor",
     "character": "Mystery Boy", "character_aliases": ["Hawk"], "billing": 1},
    {"type": "credit", "show": "Copper Vale", "person": "Greta Lund", "role": "actor", "billing": 2},
]  # fmt: skip


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(load_invented(tmp_path_factory.mktemp("chat29"), FACTS))


@pytest.fixture
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: TODAY)


async def test_he_stands_for_a_role_the_talk_describes(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "i remember the new s3 director of harbour lights also did some crime show?? what's he done before"
    )
    assert "Otto Fenn" in answer.text and "Sun Court" in answer.text


async def test_he_stands_for_the_man_the_talk_says_directed_the_early_episodes(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer(
        "Someone mentioned the man who directed the early Harbour Lights episodes. "
        "What else has he worked on?"
    )
    assert "Glass River" in answer.text


async def test_it_stands_for_a_show_the_talk_describes_by_someone_in_it(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "my friend won't stop talking about the hulu show greta lund is in. when's it out?"
    )
    assert "Copper Vale" in answer.text and "March 20" in answer.text


def test_early_episodes_are_the_first_season_and_a_count_of_episodes_is_not() -> None:
    early = find_season("who directed the early harbour lights episodes".split())
    assert early is not None and early.number == 1
    counted = find_season("what did the director of the first 14 episodes do".split())
    assert counted is None or counted.number != 1 or counted.end - counted.start > 1


def test_the_question_held_in_talk_comes_before_a_tag() -> None:
    asked, _ = question_part(
        "Now I'm curious who Ravi Dale is playing in Copper Vale, is it a big part? Cheers x"
    )
    assert asked.startswith("who Ravi Dale is playing")


def test_someones_say_after_a_comma_is_no_part_of_the_question() -> None:
    asked, said = question_part(
        "I can't remember who directed the first two seasons, and Pam insists it was a woman."
    )
    assert asked == "who directed the first two seasons"
    assert "Pam insists" in said


def test_what_the_fan_should_tell_someone_is_no_question() -> None:
    assert embedded_question("i genuinely didn't know what to tell her") is None
    assert embedded_question("she asked me if she's in it and i didn't know") == "she's in it?"


async def test_a_check_asked_of_someone_is_answered_with_whom_the_talk_names(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "my mum is a huge sela moor fan and she asked me if she's in harbour lights and i didn't know "
        "what to tell her. is she??"
    )
    assert answer.text.startswith("Yes")


async def test_a_claim_the_fan_heard_is_what_a_bare_check_asks(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "We loved Greta Lund in another show and heard she's in Copper Vale. Is that correct?"
    )
    assert answer.text.startswith("Yes")


async def test_a_dropped_i_makes_no_yes_no_question(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "was just telling my coworker about the hulu show with ravi dale in it and realised i don't actually "
        "know when it starts, do you?"
    )
    assert "March 20" in answer.text


def test_a_narrowing_fragment_leaves_the_question_before_it() -> None:
    asked, _ = question_part("random thought: who is Sela Moor in Harbour Lights? Like which character?")
    assert asked == "who is Sela Moor in Harbour Lights?"


async def test_is_he_really_a_character_asks_about_the_actor_the_talk_named(engine: QuestionEngine) -> None:
    answer = await engine.answer("Just finished Copper Vale. Ravi Dale was amazing. Is he really Hawk?")
    assert "Ravi Dale" in answer.text and "Mystery Boy" in answer.text


async def test_the_third_one_after_talk_of_seasons_is_season_three(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "I've watched the first two seasons of Harbour Lights five times. "
        "Anyway, who's directing the third one?"
    )
    assert "Otto Fenn" in answer.text and "Mara Quill" not in answer.text


async def test_who_is_it_about_someone_from_one_show_said_to_be_in_another(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "So my friend said the new Copper Vale show has someone from Harbour Lights in it. Which actor is it?"
    )
    assert "Ravi Dale" in answer.text


async def test_who_is_it_about_a_show_of_the_person_the_talk_named(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "Been rewatching everything Greta Lund is in lol. "
        "I heard her new hulu show has a Harbour Lights actor in it. Who is it?"
    )
    assert "Ravi Dale" in answer.text


def test_the_actual_number_is_the_relation_the_talk_named() -> None:
    asked, _ = question_part(
        "my brother says the rt audience score is like 80% but that seems low?? what's the actual number",
        lambda key: [],
    )
    assert asked == "what's the rt audience score"


def test_a_plea_for_help_leaves_the_question_held_before_it() -> None:
    asked, _ = question_part(
        "My grandson loves a programme about a lighthouse. He asked me what streaming service it's on "
        "but I'm hopeless with these things. Could you help an old lady out?"
    )
    assert asked == "what streaming service it's on"


async def test_what_do_we_know_checks_the_claim_before_it(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "My friend told me Ravi Dale might be playing Hawk but nobody knows for sure? "
        "What do we actually know?"
    )
    assert "Mystery Boy" in answer.text
