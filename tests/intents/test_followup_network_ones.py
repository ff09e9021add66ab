"""'and the hulu one?' when several held shows are on Hulu: the one sharing someone with the show talked
about; and "the two of them" after a list: the first two people listed."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import chat
from tests.intents.invented import load_invented

_FACTS = [
    {"type": "article", "key": "t-network-ones", "outlet": "Test Wire", "title": "Three dramas",
     "published": "2025-05-01"},
    {"type": "show", "title": "Brass Meadow", "kind": "series", "network": "Netflix"},
    {"type": "release", "show": "Brass Meadow", "season": 2, "date": "2025-06-12", "network": "Netflix"},
    {"type": "credit", "show": "Brass Meadow", "person": "Ivo Penhale", "role": "actor", "billing": 1},
    {"type": "credit", "show": "Brass Meadow", "person": "Rhea Castellan", "role": "actor", "billing": 2},
    {"type": "show", "title": "Glass Tide", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Glass Tide", "date": "2025-07-09", "network": "Hulu"},
    {"type": "credit", "show": "Glass Tide", "person": "Ivo Penhale", "role": "actor", "billing": 1},
    {"type": "show", "title": "Moss Harbour", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Moss Harbour", "date": "2025-08-20", "network": "Hulu"},
    {"type": "credit", "show": "Moss Harbour", "person": "Tamsin Vell", "role": "actor", "billing": 1},
]  # fmt: skip


@pytest.fixture(scope="module")
def dramas_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and three invented dramas, two of them on Hulu."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("network_ones"), _FACTS))


@pytest.fixture
def dramas(dramas_knowledge: Knowledge) -> QuestionEngine:
    """A question engine over the dramas, its clock on May 1, 2025."""
    return QuestionEngine(dramas_knowledge, clock=lambda: dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC))


async def test_the_network_one_is_the_show_there_sharing_someone_with_the_show_talked_about(
    dramas: QuestionEngine,
) -> None:
    answer = await chat(dramas, "when is brass meadow season 2 out", "ok and the hulu one?")
    assert "2025-07-09" in answer.answers and "Moss Harbour" not in answer.text


async def test_the_two_of_them_reaches_past_a_question_not_understood(dramas: QuestionEngine) -> None:
    answer = await chat(
        dramas, "who is in brass meadow", "where'd they film it", "and the two of them play who"
    )
    assert "Ivo Penhale" in answer.text and "Rhea Castellan" in answer.text
