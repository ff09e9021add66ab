"""A name with its ending spelt another way ("abbie" for Abby) is that name, in a question naming its show."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.name_typos import near_name_part, same_name_but_ending
from tests.intents.invented import load_invented

NOW = dt.datetime(2025, 3, 25, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-name-endings", "outlet": "Test Wire", "title": "Copper Lanterns returns",
     "url": None, "published": "2025-03-20"},
    {"type": "show", "title": "Copper Lanterns", "kind": "series", "network": "Hulu"},
    {"type": "credit", "show": "Copper Lanterns", "person": "Rhea Tamsin", "role": "actor",
     "character": "Abby"},
]  # fmt: skip


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(load_invented(tmp_path_factory.mktemp("name_endings"), FACTS))


def test_endings_spelt_alike_are_one_name() -> None:
    assert same_name_but_ending("abbie", "abby")
    assert same_name_but_ending("tobey", "tobie")
    assert near_name_part("charly", "charlie", 0)


def test_a_short_stem_or_another_stem_is_another_name() -> None:
    assert not same_name_but_ending("ali", "aly")
    assert not same_name_but_ending("abbie", "annie")
    assert not same_name_but_ending("abby", "abby")


async def test_a_one_word_character_with_its_ending_spelt_another_way(knowledge: Knowledge) -> None:
    answer = await QuestionEngine(knowledge).answer("who plays abbie in copper lanterns", now=NOW)
    assert "Rhea Tamsin" in answer.text
