"""Fans' clipped and sounded words: a digit typed for "to" ("where 2 watch") and a clipped crew title
("story consult")."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from intents.understand.sounded_digits import digits_as_words
from tests.helpers import chat
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-saltmarsh", "outlet": "Test Wire", "title": "Saltmarsh hires a consultant",
     "published": "2026-03-01"},
    {"type": "show", "title": "Saltmarsh", "kind": "series", "network": "Peacock"},
    {"type": "credit", "show": "Saltmarsh", "person": "Ines Varga", "role": "story_consultant"},
]  # fmt: skip


@pytest.fixture
async def saltmarsh(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


async def test_where_2_see_asks_where_to_watch(world: QuestionEngine) -> None:
    answer = await chat(world, "where 2 see copper lanterns s2??")
    assert answer.kind == "answer"
    assert "Hulu" in answer.text


def test_a_digit_after_a_title_stays_a_season_number() -> None:
    assert digits_as_words("saltmarsh 2 watch where".split()) == "saltmarsh 2 watch where".split()


def test_4_before_an_article_after_nominated_is_for() -> None:
    assert digits_as_words("was hs nominated 4 a bafta".split()) == "was hs nominated for a bafta".split()


def test_4_as_a_count_or_a_season_stays_a_number() -> None:
    assert digits_as_words("nominated 4 emmys".split()) == "nominated 4 emmys".split()
    assert digits_as_words("is season 4 a hit".split()) == "is season 4 a hit".split()


async def test_story_consult_asks_for_the_story_consultant(saltmarsh: QuestionEngine) -> None:
    answer = await chat(saltmarsh, "saltmarsh story consult?")
    assert "Ines Varga" in answer.text


async def test_a_surname_initial_after_a_name_is_not_read_as_and(world: QuestionEngine) -> None:
    answer = await chat(world, "wren n actor?")
    assert answer.text.startswith("Nadia Ferris plays Wren Hale")
