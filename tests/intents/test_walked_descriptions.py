"""Descriptions walked to the person or show they denote over the snapshot, then asked about (issue 8): a
co-star, a person by their other work, a show by an award it won, a fronted description a pronoun points
back at, a choice among one person's shows and a first part that finds the show a second part asks about.
Every name is invented, so only the walk can find the answers."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import chat
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-walked", "outlet": "Test Wire", "title": "Harbour Lights returns",
     "published": "2025-02-01"},
    {"type": "show", "title": "Harbour Lights", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Harbour Lights", "season": 1, "date": "2023-04-02", "network": "Hulu"},
    {"type": "release", "show": "Harbour Lights", "season": 2, "date": "2025-08-01", "network": "Hulu"},
    {"type": "credit", "show": "Harbour Lights", "person": "Mara Quill", "role": "actor",
     "character": "Ines Vale", "billing": 1},
    {"type": "credit", "show": "Harbour Lights", "person": "Tomas Brandt", "role": "actor",
     "character": "Oskar Lind", "billing": 2},
    {"type": "credit", "show": "Harbour Lights", "person": "Petra Lund", "role": "director", "seasons": "2"},
    {"type": "work", "person": "Petra Lund", "title": "Fog Line", "role": "directed episodes"},
    {"type": "award", "show": "Harbour Lights", "body": "Emmy Awards",
     "category": "Outstanding Limited Series", "outcome": "won"},
    {"type": "show", "title": "Copper Vale", "kind": "series", "network": "Peacock"},
    {"type": "release", "show": "Copper Vale", "season": 1, "date": "2025-09-10", "network": "Peacock"},
    {"type": "credit", "show": "Copper Vale", "person": "Tomas Brandt", "role": "actor",
     "character": "Reed Carver", "billing": 1},
]  # fmt: skip


@pytest.fixture(scope="module")
def walked_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and the invented shows, loaded once."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("walked"), FACTS))


@pytest.fixture
def walked(walked_knowledge: Knowledge) -> QuestionEngine:
    """A question engine over the invented shows, its clock on March 1, 2025."""
    return QuestionEngine(walked_knowledge, clock=lambda: TODAY)


async def test_a_co_star_is_walked_to_before_the_question(walked: QuestionEngine) -> None:
    answer = await chat(walked, "what role does mara quill's co-star get in copper vale")
    assert "Tomas Brandt" in answer.text and "Reed Carver" in answer.text


async def test_a_person_found_by_their_other_work_is_checked(walked: QuestionEngine) -> None:
    answer = await chat(walked, "is the woman who directed episodes of fog line directing harbour lights?")
    assert answer.text.startswith("Yes") and "Petra Lund" in answer.text


async def test_a_show_found_by_an_award_it_won(walked: QuestionEngine) -> None:
    answer = await chat(walked, "the show that won outstanding limited series, what network is it on")
    assert "Harbour Lights" in answer.text and "Hulu" in answer.text


async def test_a_hedged_role_description_is_the_role(walked: QuestionEngine) -> None:
    answer = await chat(walked, "what else has the only confirmed harbour lights director done")
    assert "Fog Line" in answer.text


async def test_a_fronted_description_a_pronoun_points_back_at(walked: QuestionEngine) -> None:
    answer = await chat(walked, "the guy who plays oskar lind, when does his other show come out")
    assert "Copper Vale" in answer.text and "September 10" in answer.text


async def test_a_choice_among_one_persons_shows_compares_what_is_to_come(walked: QuestionEngine) -> None:
    answer = await chat(walked, "which of tomas brandt's shows comes out first")
    assert answer.text.startswith("Harbour Lights") and "August 1" in answer.text


async def test_the_show_a_first_part_finds_is_what_the_second_asks_about(walked: QuestionEngine) -> None:
    answer = await chat(walked, "which show with mara quill is tomas brandt in and when does it come back")
    assert "Harbour Lights" in answer.text and "August 1" in answer.text
