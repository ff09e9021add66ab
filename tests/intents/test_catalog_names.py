"""Catalog names that look like question words: titles shared with people, holding chatter, relation or
fact words, opening like a yes/no question, or overlapping another title."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.catalog.answers import answer as catalog_answer
from intents.catalog.extension import FILMS
from intents.engine import QuestionEngine
from intents.linking import EntityIndex
from intents.query import Query
from intents.understand.normalize import drop_chatter
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Rory Vance|directed_by|Hal Brennan
Rory Vance|starred_actors|Tessa Grint
Rory Vance|release_year|1961
Moonlit Quay|starred_actors|Rory Vance
Moonlit Quay|release_year|1990
In Bloom|starred_actors|Nadia Ferro
In Bloom|release_year|2011
Bloom Out|starred_actors|Kasper Lind
Bloom Out|release_year|2001
Were the Tides Ours|directed_by|Oona Reyes
Were the Tides Ours|release_year|2008
Thank You for Dancing|directed_by|Pia Lorne
Thank You for Dancing|release_year|2005
The Final Song|starred_actors|Ezra Cole
The Final Song|has_tags|beach
The Final Song|has_tags|first love
The Final Song|release_year|2010
Copper Vale|starred_actors|Lena Hart
Copper Vale|has_tags|mining town
Copper Vale|has_imdb_rating|good
Copper Vale|release_year|1975
A Guy Called Rook|has_imdb_rating|bad
A Guy Called Rook|release_year|1983
The Players|starred_actors|Gil Dorn
The Players|release_year|2012
Glade|starred_actors|Mona Pike
Glade|release_year|1999
What?|has_genre|Comedy
What?|release_year|1972
Might|has_genre|Horror
Might|release_year|2004
"""


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("names"), CATALOG))


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


@pytest.mark.parametrize("question", ["what does Rory Vance appear in", "what does [Rory Vance] appear in"])
async def test_name_of_a_film_and_a_person_that_appears_in_films_is_the_person(
    engine: QuestionEngine, question: str
) -> None:
    answer = await chat(engine, question)
    assert answer.answers[:1] == ("Moonlit Quay",)


async def test_the_film_before_a_name_of_a_film_and_a_person_says_film(engine: QuestionEngine) -> None:
    answer = await chat(engine, "the film Rory Vance starred which actors")
    assert answer.answers[:1] == ("Tessa Grint",)


@pytest.mark.parametrize(("question", "first"), [("who starred in Bloom Out", "Kasper Lind")])
async def test_preposition_of_the_relation_phrase_is_not_read_into_a_title(
    engine: QuestionEngine, question: str, first: str
) -> None:
    # "In Bloom" and "Bloom Out" both fit the words; "starred in" keeps its "in".
    answer = await chat(engine, question)
    assert answer.answers[:1] == (first,)


async def test_title_opening_like_a_yes_no_question_is_still_a_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Were the Tides Ours came out in which year")
    assert answer.answers[:1] == ("2008",)


async def test_opening_question_word_is_not_a_title_when_another_title_ties(engine: QuestionEngine) -> None:
    # "what" and "might" both name films and both are question words; "what" opens the question.
    answer = await chat(engine, "what is the genre for the film Might")
    assert answer.answers == ("Horror",)


async def test_title_made_of_the_opening_question_word_is_still_a_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "What? was directed by who")
    assert answer.answers == ()  # no director known, but the film is found: not another film's facts
    assert "What?" in answer.text


async def test_chatter_words_inside_a_title_are_kept(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed thank you for dancing")
    assert answer.answers[:1] == ("Pia Lorne",)


def test_chatter_is_dropped_unless_inside_a_known_name() -> None:
    names = {"thank you for dancing"}.__contains__
    tokens = "thank you who directed thank you for dancing".split()
    assert drop_chatter(tokens, names) == "who directed thank you for dancing".split()
    assert drop_chatter(tokens) == "who directed for dancing".split()


async def test_fan_words_inside_a_title_are_the_titles(engine: QuestionEngine) -> None:
    # "guy" is fans' word for an actor, but not in "A Guy Called Rook".
    answer = await chat(engine, "what do people think of A Guy Called Rook")
    assert answer.answers == ("bad",)


async def test_paraphrase_frame_words_are_no_part_of_a_name(engine: QuestionEngine) -> None:
    # Machine-translated paraphrases frame the name with words like "causes" ("what makes X act in").
    answer = await chat(engine, "what causes Tessa Grint to act in")
    assert answer.answers == ("Rory Vance",)


async def test_players_of_a_film_are_its_cast_not_the_film_the_players(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who are the players in Glade")
    assert answer.answers == ("Mona Pike",)


async def test_fact_words_inside_a_title_ask_for_no_missing_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what is The Final Song about")
    assert answer.intent == "film_tag"
    assert set(answer.answers) == {"beach", "first love"}


@pytest.mark.parametrize(
    "question",
    [
        "what do people think about Copper Vale",
        "is Copper Vale a good movie",
        "how did people like Copper Vale",
        "how good is Copper Vale",
    ],
)
async def test_how_people_liked_a_film_asks_for_its_rating(engine: QuestionEngine, question: str) -> None:
    answer = await chat(engine, question)
    assert answer.answers == ("good",)


async def test_who_question_about_a_film_asks_for_its_cast_whatever_the_intent(knowledge: Knowledge) -> None:
    # The tag intent's handler, reached by a "who" question without a role word, lists the cast.
    text = "who was in the film Copper Vale"
    query = Query(text, text.split(), knowledge, BEFORE_PREMIERE.date(), index=EntityIndex(knowledge))
    answer = await catalog_answer(query, "tag", FILMS)
    assert answer.answers == ("Lena Hart",)
