"""A catalog title that merges several films (one entry, several release years, everyone's credits)."""

from __future__ import annotations

import asyncio

import pytest

from intents.catalog.intents import with_catalog
from intents.collect import default_intents
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

# "Glass Harbour" is two films: one of 1948 (Odile Marchetti, Wynn Adair) and one of 2011 (Rafe Collier,
# Juno Thale); their other films date them.
CATALOG = """\
Glass Harbour|directed_by|Odile Marchetti
Glass Harbour|directed_by|Rafe Collier
Glass Harbour|starred_actors|Wynn Adair
Glass Harbour|starred_actors|Juno Thale
Glass Harbour|release_year|1948
Glass Harbour|release_year|2011
Paper Lanterns|directed_by|Odile Marchetti
Paper Lanterns|starred_actors|Wynn Adair
Paper Lanterns|release_year|1950
Salt Roads|directed_by|Rafe Collier
Salt Roads|starred_actors|Juno Thale
Salt Roads|release_year|2009
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("merged"), CATALOG))
    return QuestionEngine(knowledge, intents=with_catalog(default_intents()), clock=lambda: BEFORE_PREMIERE)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("who directed Glass Harbour 2011", "Rafe Collier"),
        ("who directed Glass Harbour (1948)", "Odile Marchetti"),
        ("who starred in the 2011 Glass Harbour", "Juno Thale"),
        ("who starred in the 1948 Glass Harbour", "Wynn Adair"),
    ],
)
async def test_year_named_with_a_merged_title_puts_that_films_people_first(
    engine: QuestionEngine, question: str, first: str
) -> None:
    answer = await chat(engine, question)
    assert answer.answers[:1] == (first,)


async def test_merged_title_without_a_year_answers_for_every_film(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed Glass Harbour")
    assert set(answer.answers) == {"Odile Marchetti", "Rafe Collier"}
    assert "several films" in answer.text


async def test_year_named_with_a_merged_title_is_said_to_order_the_answer(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed Glass Harbour 2011")
    assert set(answer.answers) == {"Odile Marchetti", "Rafe Collier"}  # the entry cannot tell them apart
    assert "nearest 2011 come first" in answer.text


async def test_year_named_with_a_merged_title_is_its_release_year(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when was Glass Harbour 2011 released")
    assert answer.answers[:1] == ("2011",)
