"""'they' after a synopsis: the characters it tells of, when the follow-up asks who plays them (an invented
show whose synopsis names two of its three characters)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import chat
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-told", "outlet": "Test Wire", "title": "Lantern Row arrives",
     "published": "2025-04-01"},
    {"type": "show", "title": "Lantern Row", "kind": "series", "network": "Hulu",
     "synopsis": "Two rival bakers, Odile and Fenn, inherit one shop and must share its ovens."},
    {"type": "credit", "show": "Lantern Row", "person": "Rhea Calloway", "role": "actor",
     "character": "Odile Marr", "billing": 1},
    {"type": "credit", "show": "Lantern Row", "person": "Dario Fenwick", "role": "actor",
     "character": "Fenn", "billing": 2},
    {"type": "credit", "show": "Lantern Row", "person": "Oona Brack", "role": "actor",
     "character": "Greta", "billing": 3},
]  # fmt: skip


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    """An engine over the seed facts and the invented show."""
    knowledge: Knowledge = asyncio.run(load_invented(tmp_path_factory.mktemp("told"), FACTS))
    return QuestionEngine(knowledge, clock=lambda: TODAY)


async def test_who_plays_them_after_a_synopsis_names_each_characters_actor(told: QuestionEngine) -> None:
    answer = await chat(told, "what's lantern row about", "who plays them", now=TODAY)
    assert "Rhea Calloway plays Odile Marr" in answer.text and "Dario Fenwick plays Fenn" in answer.text
    assert "Greta" not in answer.text  # the synopsis does not tell of her


async def test_them_after_another_answer_is_not_the_synopsis_characters(told: QuestionEngine) -> None:
    answer = await chat(told, "what's lantern row about", "who created it", "who plays them", now=TODAY)
    assert "Dario Fenwick plays Fenn" not in answer.text
