"""Initials several people share are the one of them credited on the show the question names, named by its
alias as much as by its title ("jl's char in agatha": Agatha All Along)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-initials", "outlet": "Test Wire", "title": "Two dramas cast",
     "published": "2025-01-10"},
    {"type": "show", "title": "Silver Moor Chronicles", "kind": "series", "network": "Hulu",
     "aliases": ["Moorland"]},
    {"type": "show", "title": "Iron Quay", "kind": "series", "network": "Hulu"},
    {"type": "credit", "show": "Silver Moor Chronicles", "person": "Dara Lisk", "role": "actor",
     "character": "Wren"},
    {"type": "credit", "show": "Iron Quay", "person": "Dov Lathe", "role": "actor", "character": "Cole"},
]  # fmt: skip
NOW = dt.datetime(2025, 4, 20, 12, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and two invented shows, each with one of two people sharing the initials "dl"."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("initials"), FACTS))


@pytest.fixture
def engine(invented: Knowledge) -> QuestionEngine:
    return QuestionEngine(invented, clock=lambda: NOW)


async def test_shared_initials_beside_a_shows_alias_are_the_one_credited_there(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("dl's char in moorland")
    assert answer.kind == "answer" and "Wren" in answer.text, answer.text
