"""A question headed by a network word ("which streamer has the series adapted from the novels", "what
platform is the s1 director's show on") asks for the service; the relation words after the head only
describe the show. Names are made up."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.understand.frames import decisive_frame
from tests.intents.invented import load_invented

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-network-head", "outlet": "Test Wire", "title": "Lanterns",
     "published": "2024-08-01"},
    {"type": "show", "title": "Copperfield Lane", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Copperfield Lane", "season": 1, "date": "2023-02-01", "network": "Hulu"},
    {"type": "credit", "show": "Copperfield Lane", "person": "Wenna Tresco", "role": "creator"},
    {"type": "credit", "show": "Copperfield Lane", "person": "Idris Penhale", "role": "director"},
]  # fmt: skip


@pytest.fixture(scope="module")
def lane_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and one invented show, loaded once per module."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("network_head"), FACTS))


@pytest.fixture
def lane(lane_knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(lane_knowledge, clock=lambda: NOW)


def test_a_network_head_is_a_decisive_frame() -> None:
    assert decisive_frame("which streaming service has the series adapted from the xshowx novels") == (
        "where_to_watch"
    )
    assert decisive_frame("what network is the s1 directors xshowx on") == "where_to_watch"


def test_a_network_head_comparing_counts_is_no_network_question() -> None:
    assert decisive_frame("which network has more emmy nominations") is None


@pytest.mark.parametrize(
    "question",
    [
        "which streamer has the series that was adapted from the copperfield lane novels?",
        "what platform is the show from the mind of the copperfield lane author on",
        "what network is the s1 director's copperfield lane on",
        "which streaming service is the show idris penhale directed on",
    ],
)
async def test_a_network_headed_question_answers_the_service(lane: QuestionEngine, question: str) -> None:
    answer = await lane.answer(question, now=NOW)
    assert "Hulu" in answer.text
