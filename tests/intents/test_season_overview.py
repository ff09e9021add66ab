"""A show and a season with no question word ("pebble street s2?") gets what is held about that season."""

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
    {"type": "release", "show": "Pebble Street", "season": None, "date": "2024-03-01", "network": "BBC One"},
    {"type": "release", "show": "Pebble Street", "season": 3, "date": "2026-05-20", "network": "BBC One"},
    {"type": "credit", "show": "Pebble Street", "person": "Mara Quill", "role": "director", "seasons": "3"},
    {"type": "credit", "show": "Pebble Street", "person": "Odo Brant", "role": "director", "seasons": "1-2"},
]  # fmt: skip
SPRING = dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
async def pebble(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


async def test_a_bare_show_and_season_gets_that_seasons_premiere_and_crew(pebble: QuestionEngine) -> None:
    answer = await pebble.answer("pebble street season 3?", now=SPRING)
    assert "May 20, 2026" in answer.text
    assert "Mara Quill" in answer.text
    assert "Odo Brant" not in answer.text


async def test_the_first_season_premiered_with_the_series(pebble: QuestionEngine) -> None:
    answer = await pebble.answer("pebble street s1?", now=SPRING)
    assert "March 1, 2024" in answer.text
    assert not answer.text.startswith("I don't have")


async def test_a_season_without_a_date_says_so_before_what_is_held(pebble: QuestionEngine) -> None:
    answer = await pebble.answer("what do you know about pebble street s2", now=SPRING)
    assert answer.text.startswith("I don't have a premiere date for Pebble Street season 2")
    assert "Odo Brant" in answer.text
    assert "May 20, 2026" not in answer.text


async def test_a_season_with_nothing_held_gets_no_other_seasons_facts(pebble: QuestionEngine) -> None:
    answer = await pebble.answer("pebble street season 7?", now=SPRING)
    assert "don't have" in answer.text
    assert "Mara Quill" not in answer.text and "May 20" not in answer.text


async def test_an_unknown_show_with_a_season_is_unknown(pebble: QuestionEngine) -> None:
    answer = await pebble.answer("harbor lights season 2?", now=SPRING)
    assert "don't have facts about Harbor Lights" in answer.text
