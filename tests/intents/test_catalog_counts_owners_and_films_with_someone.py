"""Fans' catalog wordings read as the catalog question they ask: a count of a maker called by surname ("how
many films did kettleby direct"), the films "with" someone as the films starring them ("who directed films
with owen mallory"), and a film said as its maker's ("what year was kettleby's glass tide released")."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|directed_by|Alice Kettleby
Harbour Lights|starred_actors|Owen Mallory
Harbour Lights|release_year|1994
Quiet Orchard|directed_by|Alice Kettleby
Quiet Orchard|release_year|2008
Paper Comets|directed_by|Alice Kettleby
Paper Comets|release_year|2001
Glass Tide|directed_by|Alice Kettleby
Glass Tide|release_year|2006
Salt Ferry|starred_actors|Owen Mallory
Salt Ferry|directed_by|Marta Quillfeather
Salt Ferry|release_year|2008
Copper Hills|starred_actors|Owen Mallory
Copper Hills|directed_by|Owen Mallory
Copper Hills|release_year|2003
Ida Wren's Glass Tide|directed_by|Marta Quillfeather
Ida Wren's Glass Tide|written_by|Ida Wren
Ida Wren's Glass Tide|release_year|2012
Glass Tide|written_by|Ida Wren
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("fan_counts"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_a_count_of_a_makers_films_by_surname_is_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how many films did kettleby direct")
    assert answer.kind == "answer" and "Alice Kettleby directed 4 films" in answer.text


async def test_the_films_with_someone_are_the_films_starring_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed films with owen mallory")
    assert set(answer.answers) == {"Alice Kettleby", "Marta Quillfeather"}


async def test_a_film_said_as_its_makers_is_that_film(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what year was kettleby's glass tide released")
    assert answer.kind == "answer" and "2006" in answer.text


async def test_a_film_said_as_its_makers_by_full_name_is_that_film(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when was alice kettleby’s glass tide released")
    assert answer.kind == "answer" and "2006" in answer.text


async def test_a_film_said_as_an_actors_with_a_bare_apostrophe_is_that_film(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed owen mallory' salt ferry")
    assert answer.kind == "answer" and "Marta Quillfeather" in answer.text


async def test_someone_not_credited_on_the_film_is_not_dropped(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what year was quillfeather's glass tide released")
    assert "2006" not in answer.text or "Quillfeather" in answer.text


async def test_a_title_holding_a_possessive_is_that_title(engine: QuestionEngine) -> None:
    # MetaQA 2-hop dev: "which movies have the same director of Mary Shelley's Frankenstein" dropped "Mary
    # Shelley's" (she is credited on Frankenstein) and walked from Frankenstein's director instead.
    answer = await chat(engine, "who directed ida wren's glass tide")
    assert answer.kind == "answer" and "Marta Quillfeather" in answer.text and "Kettleby" not in answer.text
