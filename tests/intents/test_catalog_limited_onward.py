"""A year limit on the films in the middle of a chain: "who directed the movie X starred in in 1994" asks
for the directors of X's films of 1994 only."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|starred_actors|Alice Moreau
Harbour Lights|directed_by|Bruno Talvik
Harbour Lights|starred_actors|Bruno Talvik
Harbour Lights|in_language|Danish
Harbour Lights|release_year|1994
Quiet Orchard|starred_actors|Alice Moreau
Quiet Orchard|directed_by|Celia Ormsby
Quiet Orchard|in_language|Welsh
Quiet Orchard|release_year|2008
The Mysteries of Lundy|directed_by|Celia Ormsby
The Mysteries of Lundy|starred_actors|Dara Quell
The Mysteries of Lundy|has_genre|Drama
Lundy|directed_by|Fenna Holt
Lundy|release_year|1950
The Mysteries of Lundy|release_year|2008
Salt Archive|directed_by|Celia Ormsby
Salt Archive|starred_actors|Emrys Vane
Salt Archive|has_genre|Mystery
Salt Archive|release_year|2011
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("onward"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_the_year_limits_the_films_before_the_last_hop(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed the movie alice moreau starred in in 1994")
    assert answer.answers == ("Bruno Talvik",)


async def test_a_film_fact_of_a_persons_films_of_a_year(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what language are the films alice moreau acted in from 2008")
    assert answer.answers == ("Welsh",)


async def test_a_role_asked_of_a_persons_movies_is_that_role_in_their_films(engine: QuestionEngine) -> None:
    # "who directed [X] movies": the directors of X's films, not the films X directed (none).
    answer = await chat(engine, "who directed alice moreau movies")
    assert set(answer.answers) == {"Bruno Talvik", "Celia Ormsby"}


async def test_acted_in_films_with_someone_asks_for_their_co_stars(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who else acted in films with bruno talvik")
    assert "Alice Moreau" in answer.answers


async def test_a_genre_word_inside_a_title_is_no_limit(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who starred in the movies whose director also directed the mysteries of lundy"
    )
    assert "Emrys Vane" in answer.text and "Alice Moreau" in answer.text, answer.text
