"""A catalog film's year asked in fans' words: "when did X make Y" (that film's year, not all of X's years)
and "how old is Y" (its year and how long ago)."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|directed_by|Dana Fields
Harbour Lights|starred_actors|Alice Moreau
Harbour Lights|release_year|1994
Quiet Orchard|starred_actors|Alice Moreau
Quiet Orchard|release_year|1998
Paper Comets|starred_actors|Bruno Klee
Paper Comets|release_year|2003
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("years_asked"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_when_someone_made_a_film_is_that_films_year(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when did alice moreau make harbour lights?")
    assert answer.answers == ("1994",)
    assert "1998" not in answer.text


async def test_someone_not_credited_on_the_film_is_said_so(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when did alice moreau make paper comets")
    assert answer.kind == "unknown"
    assert "Alice Moreau" in answer.text and "2003" in answer.text


async def test_how_old_a_film_is_gives_its_year_and_age(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how old is paper comets")
    assert answer.answers == ("2003",)
    assert f"{BEFORE_PREMIERE.year - 2003} years ago" in answer.text
