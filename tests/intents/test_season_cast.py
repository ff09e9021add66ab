"""A season's cast is answered only from credits stated for that season once some credit of the show carries
a season ("season 2 will star A and B"): asked about another season, the bot says which seasons it knows
rather than giving the wrong season's stars. A show whose credits carry no season keeps its whole cast.
Invented world beside the seed facts: every name is made up."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

TODAY = dt.datetime(2015, 3, 5, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-news33", "outlet": "Test Wire", "title": "Harrow Lane season 2 cast",
     "published": "2015-03-02"},
    {"type": "show", "title": "Harrow Lane", "kind": "series", "network": "HBO"},
    {"type": "season", "show": "Harrow Lane", "number": 2},
    {"type": "credit", "show": "Harrow Lane", "person": "Nadia Voss", "role": "actor", "seasons": "2"},
    {"type": "credit", "show": "Harrow Lane", "person": "Peter Quill", "role": "actor", "seasons": "2"},
    {"type": "credit", "show": "Harrow Lane", "person": "Ola Brandt", "role": "actor"},
    {"type": "show", "title": "Copper Mile", "kind": "series", "network": "FX"},
    {"type": "season", "show": "Copper Mile", "number": 1, "through": 2},
    {"type": "credit", "show": "Copper Mile", "person": "Greta Lund", "role": "actor"},
]  # fmt: skip


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(load_invented(tmp_path_factory.mktemp("news33"), FACTS))


@pytest.fixture
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: TODAY)


async def test_a_season_with_a_stated_cast_is_answered_from_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is in harrow lane season 2")
    assert "Nadia Voss" in answer.text and "Peter Quill" in answer.text
    assert "Ola Brandt" not in answer.text


async def test_another_season_is_not_answered_with_the_stated_seasons_cast(engine: QuestionEngine) -> None:
    answer = await engine.answer("who were the leads in the first season of harrow lane")
    assert answer.kind == "unknown"
    assert "Nadia Voss" not in answer.text and "season 2" in answer.text


async def test_a_cast_without_seasons_answers_any_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is in copper mile season 2")
    assert "Greta Lund" in answer.text
