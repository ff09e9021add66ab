"""A season named without a show ("s3 dir?") in a conversation that has named nothing: the show whose season
of that number premieres nearest the day asked, when one is near enough."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-pebble", "outlet": "Test Wire", "title": "Pebble Street returns",
     "published": "2026-01-10"},
    {"type": "show", "title": "Pebble Street", "kind": "series", "network": "BBC One"},
    {"type": "release", "show": "Pebble Street", "season": 3, "date": "2026-05-20", "network": "BBC One"},
    {"type": "credit", "show": "Pebble Street", "person": "Mara Quill", "role": "director", "seasons": "3"},
]  # fmt: skip


@pytest.fixture
async def two_shows(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


async def test_a_bare_season_means_the_one_premiering_near_the_day_asked(two_shows: QuestionEngine) -> None:
    autumn = await two_shows.answer("s3 dir?", now=dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC))
    spring = await two_shows.answer("s3 dir?", now=dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC))
    assert "Andy Newberry" in autumn.text
    assert "Mara Quill" in spring.text


async def test_a_named_show_is_never_replaced_by_the_season_rule(two_shows: QuestionEngine) -> None:
    answer = await two_shows.answer(
        "who directed heartstopper s3", now=dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    )
    assert "Andy Newberry" in answer.text
