"""Catalog questions over a small triples catalog imported beside the seed facts."""

from __future__ import annotations

import asyncio

import pytest

from intents.catalog.intents import with_catalog
from intents.collect import default_intents
from intents.engine import QuestionEngine
from intents.fuzzy import FuzzyChoices, fast_fold
from intents.text import fold
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

PROLIFIC = "\n".join(
    f"Film Number {n}|starred_actors|Busy Actor\nFilm Number {n}|release_year|{1990 + n}" for n in range(15)
)
CATALOG = f"""\
Kismet|directed_by|William Dieterle
Kismet|written_by|Edward Knoblock
Kismet|starred_actors|Marlene Dietrich
Kismet|starred_actors|Ronald Colman
Kismet|release_year|1944
Kismet|in_language|English
Kismet|has_genre|Adventure
Kismet|has_tags|marlene dietrich
Kismet|has_tags|arabian nights
Kismet|has_imdb_rating|good
Kismet|has_imdb_votes|famous
The Bat|directed_by|Roland West
The Bat|directed_by|Crane Wilbur
The Bat|starred_actors|Vincent Price
The Bat|release_year|1959
The Bat|release_year|1926
The Bat|has_tags|vincent price
House of Wax|starred_actors|Vincent Price
House of Wax|release_year|1953
RoboCop (1987)|directed_by|Paul Verhoeven
RoboCop (2014)|directed_by|José Padilha
Her|starred_actors|Joaquin Phoenix
Her|release_year|2013
Stars|starred_actors|Somebody Else
The Brave One|directed_by|Neil Jordan
The Grave One|directed_by|Nobody Known
{PROLIFIC}
"""


@pytest.fixture(scope="module")
def catalog_engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("catalog"), CATALOG))
    return QuestionEngine(knowledge, intents=with_catalog(default_intents()), clock=lambda: BEFORE_PREMIERE)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("who directed Kismet", "William Dieterle"),
        ("WHO WROTE KISMET?", "Edward Knoblock"),
        ("who starred in the film kismet", "Marlene Dietrich"),
        ("what year was kismet released", "1944"),
        ("what genre is kismet", "Adventure"),
        ("what language is kismet in", "English"),
        ("describe kismet in a few words", "marlene dietrich"),
        ("is kismet considered good", "good"),
        ("how popular is kismet", "famous"),
        ("what films did marlene dietrich act in", "Kismet"),
        ("which movies did william dieterle direct", "Kismet"),
        ("which films are about arabian nights", "Kismet"),
        ("who directed kismit", "William Dieterle"),  # a typo in the title
        ("who stars in Her", "Joaquin Phoenix"),  # a title made of question words
        ("who directed robocop 2014", "José Padilha"),
    ],
)
async def test_catalog_answers(catalog_engine: QuestionEngine, question: str, first: str) -> None:
    answer = await chat(catalog_engine, question)
    assert answer.kind == "answer", answer.text
    assert answer.answers[0] == first, (answer.answers, answer.text)


async def test_merged_title_answers_with_all_its_facts(catalog_engine: QuestionEngine) -> None:
    answer = await chat(catalog_engine, "when was the bat released")
    assert set(answer.answers) == {"1926", "1959"}
    directors = await chat(catalog_engine, "who directed the bat")
    assert set(directors.answers) == {"Roland West", "Crane Wilbur"}
    assert "several films" in directors.text


async def test_same_titled_films_stay_distinct(catalog_engine: QuestionEngine) -> None:
    answer = await chat(catalog_engine, "who directed robocop")
    assert set(answer.answers) == {"Paul Verhoeven", "José Padilha"}
    assert "RoboCop (1987)" in answer.text and "RoboCop (2014)" in answer.text


async def test_long_lists_are_complete_in_answers_and_cut_in_text(catalog_engine: QuestionEngine) -> None:
    answer = await chat(catalog_engine, "what movies did busy actor star in")
    assert len(answer.answers) == 15
    assert "... and 5 more" in answer.text


async def test_close_typos_ask_did_you_mean(catalog_engine: QuestionEngine) -> None:
    answer = await chat(catalog_engine, "who directed the crave one")
    assert answer.kind == "clarify"
    assert {"The Brave One", "The Grave One"} <= set(answer.suggestions)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who directed heartstopper", "Euros Lyn"),
        ("who plays nick in heartstopper", "Kit Connor"),
        ("what else is joe locke in", "Agatha All Along"),
    ],
)
async def test_seed_questions_still_work(
    catalog_engine: QuestionEngine, question: str, expected: str
) -> None:
    answer = await chat(catalog_engine, question)
    assert answer.kind == "answer" and expected in answer.answers, (answer.intent, answer.text)


def test_with_catalog_is_idempotent() -> None:
    once = with_catalog(default_intents())
    assert [i.name for i in with_catalog(once)] == [i.name for i in once]
    assert len({i.name for i in once}) == len(once)


def test_fast_fold_matches_fold() -> None:
    for name in ("Kismet", "Who's Afraid of Virginia Woolf?", "Brüno", "Salaam Bombay!", "8½", "  A  -  B "):
        assert fast_fold(name) == fold(name)


def test_fuzzy_choices_only_scan_reachable_lengths() -> None:
    choices = FuzzyChoices(["kismet", "kismat", "the bat", "a much longer title than the rest"])
    assert choices.extract("kismit", 80.0)[0][0] in {"kismet", "kismat"}
    assert choices.best("a much longer title than the rest", 95.0) == (
        "a much longer title than the rest",
        100.0,
    )
    assert choices.extract("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 80.0) == []
