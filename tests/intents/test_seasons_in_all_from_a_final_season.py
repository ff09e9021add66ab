"""'How many seasons will X have': a show whose final season is announced has a known number of seasons in
all, so the season count answers instead of "no plans for more seasons"."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-final", "outlet": "Test Wire", "title": "Copper Mill to end",
     "published": "2025-05-01"},
    {"type": "show", "title": "Copper Mill", "kind": "series", "network": "ITV"},
    {"type": "season", "show": "Copper Mill", "number": 5},
    {"type": "descriptor", "show": "Copper Mill", "kind": "status", "value": "final season: 5"},
    {"type": "show", "title": "Salt Road", "kind": "series", "network": "ITV"},
    {"type": "descriptor", "show": "Salt Road", "kind": "status", "value": "renewed for season 3"},
]  # fmt: skip


@pytest.fixture
async def engine(tmp_path: Path) -> QuestionEngine:
    return QuestionEngine(await load_invented(tmp_path, FACTS))


@pytest.mark.parametrize(
    "question",
    [
        "how many seasons will copper mill have in total?",
        "how many seasons will copper mill end up with",
        "how many seasons will copper mill have",
    ],
)
async def test_a_final_season_gives_the_seasons_in_all(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question)
    assert answer.kind == "answer"
    assert "5 seasons in all" in answer.text


async def test_without_a_final_season_the_total_stays_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many seasons will salt road have in total?")
    assert answer.kind != "answer"
