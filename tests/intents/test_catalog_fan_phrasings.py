"""Fans' own wordings of catalog relations: a year limiting a list, "what else has X done", a part asked of
a film (the catalog holds no characters), a long list of where someone else is credited, a genre checked,
the cast alongside someone, "the guy who directed X", "the same year as X" and "who wrote and directed X"."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|directed_by|Dana Fields
Harbour Lights|starred_actors|Alice Moreau
Harbour Lights|starred_actors|Bruno Klee
Harbour Lights|release_year|1994
Quiet Orchard|directed_by|Dana Fields
Quiet Orchard|starred_actors|Alice Moreau
Quiet Orchard|release_year|1998
Paper Comets|starred_actors|Alice Moreau
Paper Comets|release_year|2003
Salt Roads|starred_actors|Alice Moreau
Salt Roads|release_year|2011
Glass Tides|starred_actors|Alice Moreau
Glass Tides|directed_by|Ola Berg
Glass Tides|release_year|1987
The Lantern|starred_actors|Mina Sato
Night Ferry|directed_by|Dana Fields
Night Ferry|release_year|1990
Harbour Lights|has_genre|Drama
Paper Comets|has_tags|science fiction
Tin Crowns|release_year|1994
Guy|release_year|1997
Kestrel|directed_by|Dana Fields
Kestrel|release_year|1992
Kestrel|written_by|Dana Fields
Kestrel|written_by|Wes Harlan
Guy|starred_actors|Mina Sato
The Lantern|release_year|2005
"""


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("fan_phrasings"), CATALOG))


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_a_year_said_as_a_constraint_filters_the_persons_films(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which alice moreau movies came out in 1994")
    assert answer.answers == ("Harbour Lights",)


async def test_a_decade_keeps_the_films_of_that_decade(engine: QuestionEngine) -> None:
    answer = await chat(engine, "alice moreau movies in the 90s")
    assert answer.answers == ("Quiet Orchard", "Harbour Lights")


async def test_after_a_year_leaves_that_year_out(engine: QuestionEngine) -> None:
    answer = await chat(engine, "alice moreau films after 2003")
    assert answer.answers == ("Salt Roads",)


async def test_a_limit_narrows_the_end_of_a_chain(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what films did the director of harbour lights direct since 1995")
    assert answer.answers == ("Quiet Orchard",)


async def test_a_limit_no_film_meets_says_so(engine: QuestionEngine) -> None:
    answer = await chat(engine, "the films alice moreau starred in before 1980")
    assert answer.text == (
        "I don't know of any of the films starring Alice Moreau released before 1980 (the ones I know came "
        "out 1987–2011)."
    )


async def test_done_ends_a_chain_as_made_does(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what else has the director of harbour lights done")
    assert set(answer.answers) == {"Quiet Orchard", "Night Ferry", "Kestrel"}


async def test_a_part_asked_of_a_film_is_said_missing_before_the_cast(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays captain vance in harbour lights")
    assert answer.text.startswith(
        "I don't have who plays Captain Vance in Harbour Lights (1994) in my facts."
    )
    assert "Alice Moreau" in answer.text


async def test_who_is_in_a_film_is_no_part(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who was also in harbour lights")
    assert not answer.text.startswith("I don't have")


async def test_where_else_someone_is_credited_is_capped(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is alice moreau in the lantern")
    assert answer.text.startswith("No")
    assert "Alice Moreau is in 5 films, among them" in answer.text
    assert " and Paper Comets and " not in answer.text


async def test_a_genre_the_film_has_is_yes(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is harbour lights a drama")
    assert answer.text == "Yes, Harbour Lights (1994) is a film of genre Drama."


async def test_a_genre_the_film_lacks_is_no_with_its_genres(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is harbour lights a comedy")
    assert answer.text == "No, Harbour Lights (1994) is a film of genre Drama, as far as my facts go."


async def test_a_genre_held_as_a_tag_is_yes(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is paper comets sci-fi")
    assert answer.text.startswith("Yes, Paper Comets (2003) is tagged science fiction")


async def test_alongside_someone_in_a_film_is_the_rest_of_its_cast(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who starred alongside alice moreau in harbour lights")
    assert answer.answers == ("Bruno Klee",)


async def test_the_guy_who_directed_a_film_is_its_director(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which movies did the guy who directed kestrel make")
    assert set(answer.answers) == {"Harbour Lights", "Quiet Orchard", "Night Ferry"}


async def test_been_in_ends_a_chain_on_films(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what else have the actors in glass tides been in")
    assert set(answer.answers) == {"Harbour Lights", "Quiet Orchard", "Paper Comets", "Salt Roads"}


async def test_the_same_year_as_a_film_is_the_films_of_its_year(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what movies came out the same year as harbour lights")
    assert answer.answers == ("Tin Crowns",)
    assert answer.text == "The films released in 1994, like Harbour Lights: Tin Crowns."


async def test_a_genre_said_of_the_films_filters_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what dramas has alice moreau been in")
    assert answer.answers == ("Harbour Lights",)
    assert answer.text.startswith("The films of Alice Moreau of genre Drama:")


async def test_two_credits_asked_at_once_name_who_holds_both(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who wrote and directed kestrel")
    assert answer.text == (
        "Dana Fields wrote and directed Kestrel (1992): written by Dana Fields and Wes Harlan, directed by "
        "Dana Fields."
    )
