"""A language checked of a catalog film ("is X available in french", "is X a danish film") is said yes or no
first, with the languages the film has; never a release year taken for the answer."""

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
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("languages"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


@pytest.mark.parametrize(
    "question",
    ["is harbour lights available in french", "is harbour lights in french", "was harbour lights in german"],
)
async def test_a_language_the_film_lacks_is_no(engine: QuestionEngine, question: str) -> None:
    answer = await chat(engine, question)
    assert answer.text.startswith("No, Harbour Lights (1994) is in Danish"), answer.text


@pytest.mark.parametrize("question", ["is harbour lights in danish", "is harbour lights a danish film"])
async def test_a_language_the_film_has_is_yes(engine: QuestionEngine, question: str) -> None:
    answer = await chat(engine, question)
    assert answer.text.startswith("Yes, Harbour Lights (1994) is in Danish"), answer.text
