"""Follow-ups whose words belong to one kind of thing: a pronoun asked who plays it is the character talked
about, a bare season goes back to the last question about a show, a review site is the score's slot and not a
subject, and a known character's name after a show nobody knows moves the thread to that character's show.
The facts are invented, beside the seed facts."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import chat
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 2, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-slot-kinds", "outlet": "Test Wire", "title": "Saltmarsh Road is back",
     "published": "2025-01-10"},
    {"type": "show", "title": "Saltmarsh Road", "kind": "series", "network": "Hulu"},
    {"type": "season", "show": "Saltmarsh Road", "number": 1, "episodes": 6},
    {"type": "season", "show": "Saltmarsh Road", "number": 2, "episodes": 8},
    {"type": "credit", "show": "Saltmarsh Road", "person": "Ines Carrow", "role": "director", "seasons": "1"},
    {"type": "credit", "show": "Saltmarsh Road", "person": "Bram Okafor", "role": "director", "seasons": "2"},
    {"type": "work", "person": "Bram Okafor", "title": "The Quiet Ferry", "role": "directed episodes"},
    {"type": "credit", "show": "Saltmarsh Road", "person": "Lena Vosk", "role": "actor",
     "character": "Mira Dunn", "billing": 1},
    {"type": "credit", "show": "Saltmarsh Road", "person": "Tomas Reyl", "role": "actor",
     "character": "Eli Brand", "billing": 2},
    {"type": "work", "person": "Tomas Reyl", "title": "Harrow Point", "role": "worked on"},
    {"type": "rating", "show": "Saltmarsh Road", "source": "Rotten Tomatoes", "audience": "critics",
     "value": 91, "scale": "%"},
]  # fmt: skip


@pytest.fixture(scope="module")
def slot_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and Saltmarsh Road, loaded once for the module."""
    directory: Path = tmp_path_factory.mktemp("slot_kinds")
    return asyncio.run(load_invented(directory, FACTS))


@pytest.fixture
def road(slot_knowledge: Knowledge) -> QuestionEngine:
    """A question engine over the invented world, its clock on February 1, 2025."""
    return QuestionEngine(slot_knowledge, clock=lambda: TODAY)


async def test_who_plays_him_after_a_character_asks_for_that_characters_actor(road: QuestionEngine) -> None:
    answer = await chat(
        road, "who plays mira in saltmarsh road?", "what else is she in?", "and eli?", "who plays him?"
    )
    assert answer.intent == "who_plays" and "Tomas Reyl plays Eli Brand" in answer.text, answer.text


async def test_who_plays_him_after_a_person_still_means_that_person(road: QuestionEngine) -> None:
    # The latest person-like mention is Tomas Reyl, not the character Mira: "him" is him, as before.
    answer = await chat(road, "who plays mira in saltmarsh road?", "who is tomas reyl?", "who plays him?")
    assert "Eli Brand" in answer.text and "Lena Vosk" not in answer.text, answer.text


async def test_a_bare_season_after_a_question_about_a_person_repeats_the_show_question(
    road: QuestionEngine,
) -> None:
    answer = await chat(
        road, "who directed saltmarsh road season 2?", "what else has he done?", "and season 1?"
    )
    assert answer.intent == "directors" and answer.answers[:1] == ("Ines Carrow",), answer.text


async def test_a_review_site_after_a_score_question_is_its_slot_not_a_show(road: QuestionEngine) -> None:
    answer = await chat(road, "saltmarsh road critics score?", "what about metacritic?")
    assert answer.text.startswith("I don't have a Metacritic score for Saltmarsh Road"), answer.text
    assert "91%" in answer.text


async def test_a_known_characters_full_name_after_an_unknown_show_moves_to_its_show(
    road: QuestionEngine,
) -> None:
    answer = await chat(road, "who is in bramblewood", "who plays mira dunn?")
    assert answer.kind == "answer" and "Lena Vosk" in answer.text, answer.text


async def test_a_known_characters_first_name_after_an_unknown_show_stays_with_the_unknown_show(
    road: QuestionEngine,
) -> None:
    # A first name alone may be someone of the show nobody knows: never another show's facts.
    answer = await chat(road, "who is in bramblewood", "who plays mira?")
    assert answer.text.startswith("I don't have facts about"), answer.text
    assert "Lena Vosk" not in answer.text


async def test_a_pronoun_after_an_unknown_show_still_means_the_unknown_show(road: QuestionEngine) -> None:
    answer = await chat(road, "who is in bramblewood", "who's in it?")
    assert answer.text.startswith("I don't have facts about Bramblewood"), answer.text
    assert "Lena Vosk" not in answer.text and "Joe Locke" not in answer.text


async def test_a_pronoun_describing_someone_else_is_not_the_character_asked_about(
    road: QuestionEngine,
) -> None:
    answer = await chat(road, "who plays mira in saltmarsh road?", "and who plays the guy she's with, eli")
    assert "Tomas Reyl" in answer.text and "Lena Vosk" not in answer.text, answer.text
