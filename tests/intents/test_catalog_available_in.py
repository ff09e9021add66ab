"""The words "what languages is X available in": "available" frames the question, no part of the name."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|in_language|Danish
Harbour Lights|release_year|1994
Harbour Lights|starred_actors|Alice Moreau
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("available"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_available_in_is_read_as_the_films_languages(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what languages is harbour lights available in")
    assert answer.answers == ("Danish",)
