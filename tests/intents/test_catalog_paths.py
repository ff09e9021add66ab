"""Multi-hop catalog questions: relation paths read from the question and walked over a small catalog."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.catalog.paths import CatalogRelation, Hop, Node, ValueKind, node_name, walk
from intents.catalog.reading import read_path
from intents.engine import QuestionEngine
from intents.understand.normalize import normalize
from intents.understand.shorthands import Shorthands
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|directed_by|Dana Fields
Harbour Lights|starred_actors|Alice Moreau
Harbour Lights|starred_actors|Bruno Klee
Harbour Lights|in_language|French
Harbour Lights|release_year|1999
Quiet Orchard|directed_by|Dana Fields
Quiet Orchard|starred_actors|Carla Svensson
Quiet Orchard|in_language|Greek
Quiet Orchard|has_genre|Drama
Quiet Orchard|release_year|2003
Paper Comets|starred_actors|Alice Moreau
Paper Comets|starred_actors|Dmitri Ivanov
Paper Comets|written_by|Wes Harlan
Paper Comets|release_year|2001
Paper Comets|has_genre|Comedy
The Lantern|directed_by|Ola Berg
Salt Roads|directed_by|Ola Berg
Salt Roads|starred_actors|Mina Sato
Salt Roads|has_tags|alice moreau
"""
DIRECTED_BY = CatalogRelation.DIRECTED_BY


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("paths"), CATALOG))


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


def _film(kb: Knowledge, title: str) -> Node:
    return Node(ValueKind.FILM, next(s.id for s in kb.shows.values() if s.title == title))


def test_direction_follows_from_what_the_walk_holds() -> None:
    tokens = "what languages are the films directed by xentx in".split()
    path = read_path(tokens, 7, 8, ValueKind.PERSON)
    assert path == (Hop(DIRECTED_BY, True), Hop(CatalogRelation.IN_LANGUAGE, False))


def test_two_hop_walk_never_returns_the_topic(knowledge: Knowledge) -> None:
    path = (Hop(DIRECTED_BY, False), Hop(DIRECTED_BY, True))
    found = walk(knowledge, [_film(knowledge, "Harbour Lights")], path)
    assert [node_name(knowledge, n) for n in found] == ["Quiet Orchard"]


async def test_two_hop_question_lists_every_answer(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what languages are the films directed by Dana Fields in")
    assert answer.intent == "film_chain"
    assert set(answer.answers) == {"French", "Greek"}


async def test_co_stars_exclude_the_person_asked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who co-starred with Alice Moreau")
    assert set(answer.answers) == {"Bruno Klee", "Dmitri Ivanov"}


async def test_three_hop_question_walks_director_films_actors(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who acted in the movies directed by the director of [Harbour Lights]")
    assert answer.answers == ("Carla Svensson",)
    assert "directed by the directors of Harbour Lights" in answer.text


async def test_three_hop_question_through_shared_actors(engine: QuestionEngine) -> None:
    question = "the films that share actors with the film Harbour Lights were in which genres"
    answer = await chat(engine, question)
    assert answer.answers == ("Comedy",)


async def test_machine_paraphrase_of_directed_is_understood(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Which person has led [Quiet Orchard]")
    assert answer.kind == "answer"
    assert answer.answers == ("Dana Fields",)


async def test_news_show_keeps_its_news_answer(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick in heartstopper")
    assert answer.answers[:1] == ("Kit Connor",)


async def test_unknown_title_in_a_chain_is_not_answered_from_another_film(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who acted in the movies directed by the director of Glass Tigers")
    assert answer.kind != "answer"
    assert not answer.answers


async def test_a_known_title_inside_an_unknown_one_is_not_taken(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who acted in the movies directed by the director of lantern keepers")
    assert answer.kind != "answer"


async def test_a_person_who_is_also_a_tag_is_read_as_the_tag(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what films can be described by alice moreau")
    assert answer.answers == ("Salt Roads",)


def test_a_name_ending_in_s_is_not_read_as_a_possessive() -> None:
    shorthands = Shorthands({}, frozenset({"treat", "williams", "william"}))
    assert normalize(["what", "did", "treat", "williams", "act", "in"], frozenset(), shorthands)[2:4] == [
        "treat",
        "williams",
    ]
