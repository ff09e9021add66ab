"""A catalog maker called by surname alone ("nolan films from 2010", "spielberg's first movie"): the one
person of that surname with clearly the most films, counting those tagged with their name; a surname two
people share about evenly names neither."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|directed_by|Alice Kettleby
Harbour Lights|release_year|1994
Harbour Lights|has_tags|kettleby
Quiet Orchard|directed_by|Alice Kettleby
Quiet Orchard|release_year|2008
Paper Comets|directed_by|Alice Kettleby
Paper Comets|release_year|2001
Glass Tide|directed_by|Alice Kettleby
Glass Tide|release_year|2008
Salt Ferry|starred_actors|Owen Kettleby
Salt Ferry|release_year|2008
Salt Ferry|directed_by|Marta Quillfeather
Copper Hills|starred_actors|Marta Quillfeather
Copper Hills|release_year|2003
Lantern Row|directed_by|Jonas Quillfeather
Lantern Row|release_year|2005
Iron Meadow|directed_by|Jonas Quillfeather
Iron Meadow|release_year|2006
Velvet Dock|directed_by|Jonas Quillfeather
Velvet Dock|release_year|2007
Amber Quay|directed_by|Jonas Quillfeather
Amber Quay|release_year|2005
Rust Lantern|directed_by|Marta Quillfeather
Rust Lantern|release_year|2005
Dim Harbour|starred_actors|Marta Quillfeather
Dim Harbour|release_year|2009
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("surnames"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_a_surname_with_a_year_limit_lists_the_leading_persons_films_of_that_year(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "kettleby films from 2008")
    assert set(answer.answers) == {"Quiet Orchard", "Glass Tide"}


async def test_a_surname_alone_finds_the_first_film(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what was kettleby's first movie")
    assert answer.answers == ("Harbour Lights",)


async def test_a_surname_two_people_share_evenly_names_neither(engine: QuestionEngine) -> None:
    answer = await chat(engine, "quillfeather films from 2005")
    assert "Lantern Row" not in answer.answers and "Copper Hills" not in answer.answers
