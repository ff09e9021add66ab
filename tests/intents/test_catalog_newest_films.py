"""A person's newest or first film ("what's the latest X movie", "X's first film"): the film of the latest
or earliest year among theirs, not every film of theirs."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|starred_actors|Alice Moreau
Harbour Lights|release_year|1994
Quiet Orchard|directed_by|Alice Moreau
Quiet Orchard|release_year|2008
Paper Comets|starred_actors|Alice Moreau
Paper Comets|release_year|2001
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("newest"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_the_latest_film_is_the_one_of_the_newest_year(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the latest alice moreau movie")
    assert answer.answers == ("Quiet Orchard",)


async def test_a_first_film_after_a_possessive_is_the_earliest(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what was alice moreau's first film")
    assert answer.answers == ("Harbour Lights",)


async def test_newest_after_a_possessive_is_no_part_of_the_name(engine: QuestionEngine) -> None:
    # "newest" and "earliest" beside a catalog name once read as the name going on ("Alice Moreau Newest").
    newest = await chat(engine, "what's alice moreau's newest film")
    earliest = await chat(engine, "alice moreau earliest movie")
    assert (newest.answers, earliest.answers) == (("Quiet Orchard",), ("Harbour Lights",))


async def test_the_person_may_follow_the_film(engine: QuestionEngine) -> None:
    newest = await chat(engine, "what's the newest film with alice moreau")
    first = await chat(engine, "first movie by alice moreau")
    assert (newest.answers, first.answers) == (("Quiet Orchard",), ("Harbour Lights",))
