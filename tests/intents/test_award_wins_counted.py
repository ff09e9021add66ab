"""How many awards a show won: the wins counted first, then the nominations they came from (an invented show
with two wins of three Emmy nominations)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-wins", "outlet": "Test Wire", "title": "Glass Orchard wins big",
     "published": "2025-02-01"},
    {"type": "show", "title": "Glass Orchard", "kind": "series", "network": "Hulu"},
    {"type": "award", "show": "Glass Orchard", "body": "Emmy Awards", "category": "Outstanding Drama Series",
     "outcome": "nominated"},
    {"type": "award", "show": "Glass Orchard", "body": "Emmy Awards", "category": "Outstanding Casting",
     "outcome": "won"},
    {"type": "award", "show": "Glass Orchard", "body": "Emmy Awards", "category": "Outstanding Editing",
     "outcome": "won"},
]  # fmt: skip


@pytest.fixture(scope="module")
def wins_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and the invented show, loaded once."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("wins"), FACTS))


async def test_how_many_wins_counts_the_wins_first(wins_knowledge: Knowledge) -> None:
    # fanq45 (own check): "how many emmys did shogun win" opened on "Shōgun has received one ... nomination".
    engine = QuestionEngine(wins_knowledge, clock=lambda: TODAY)
    answer = await engine.answer("how many emmys did glass orchard win", now=TODAY)
    assert answer.text.startswith("Glass Orchard has won two Emmy awards I know of")
    assert "(from three nominations)" in answer.text and answer.answers[0] == "2"


async def test_how_many_nominations_still_counts_the_nominations(wins_knowledge: Knowledge) -> None:
    engine = QuestionEngine(wins_knowledge, clock=lambda: TODAY)
    answer = await engine.answer("how many emmy nominations did glass orchard get", now=TODAY)
    assert answer.text.startswith("Glass Orchard has received three Emmy Awards nominations")


async def test_a_comparison_of_one_bodys_nominations_names_that_body(wins_knowledge: Knowledge) -> None:
    # w25f dev: "heartstopper or salt marsh, which has more bafta nominations" counted "3 award nominations".
    engine = QuestionEngine(wins_knowledge, clock=lambda: TODAY)
    answer = await engine.answer("glass orchard or heartstopper, which has more emmy nominations", now=TODAY)
    assert answer.text.startswith("Glass Orchard has more")
    assert "Glass Orchard has 3 Emmy nominations on record" in answer.text
    assert "Heartstopper has 0 Emmy nominations on record" in answer.text
