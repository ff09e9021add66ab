"""Messages near the seed's reported picture that ask something else (intents/picture leaves them): the
show's release or a span asked beside the picture, a picture of another show, a trailer, whom a picture
shows asked of the cast, and a picture of a show with none on record (said missing)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from intents.engine import QuestionEngine
from tests.helpers import catalog_knowledge, chat

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("the bts pic is so cute! when does s3 come out?", "Heartstopper season 3 premieres"),
        ("just saw the bts pic of joe and kit, when does heartstopper season 3 come out", "October 3, 2024"),
        ("kit and joe in the new photo?? anyway how many days till s3 drops", "23 days"),
        ("is tobie donovan still in heartstopper?", "Yes, Tobie Donovan is in"),  # "still" is no picture
    ],
)
async def test_the_shows_fact_asked_beside_a_picture_is_answered(
    engine: QuestionEngine, question: str, said: str
) -> None:
    answer = await chat(engine, question, now=BEFORE)
    assert said in answer.text and "photo" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["who's in the new stranger things photo", "who posted the bear bts pic"]
)
async def test_a_picture_of_a_show_nobody_knows_is_never_the_known_ones(
    engine: QuestionEngine, question: str
) -> None:
    answer = await chat(engine, question, now=BEFORE)
    assert "Joe Locke" not in answer.text and "Heartstopper" not in answer.text, answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("when did netflix post the heartstopper trailer",),  # a trailer is no picture
        ("who wrote shows that share directors with heartstopper",),  # sharing without a picture
        ("who plays charlie", "is he in that new s3 bts pic netflix posted"),  # whom it shows: the cast's
        ("who tweeted it",),  # no picture asked about
    ],
)
async def test_a_question_about_no_picture_is_not_answered_with_it(
    engine: QuestionEngine, questions: tuple[str, ...]
) -> None:
    answer = await chat(engine, *questions, now=BEFORE)
    assert answer.intent != "picture" and "photo" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "where was the agatha bts pic posted",
        "who uploaded the new agatha all along photo?",
        "which instagram account shared that agatha all along pic",
    ],
)
async def test_who_posted_a_picture_of_a_show_with_none_is_said_missing(
    engine: QuestionEngine, question: str
) -> None:
    answer = await chat(engine, question, now=BEFORE)
    assert answer.intent == "missing", answer.text
    assert answer.text.startswith("I don't have a record of who posts")


async def test_where_to_watch_after_the_picture_asks_of_the_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who posted the hs3 bts pic", "where can i watch it", now=BEFORE)
    assert answer.intent == "where_to_watch" and "Netflix" in answer.text, answer.text


_TITLED_PICTURE = """\
The Kid Stays in the Picture|starred_actors|Robert Evans
Chinatown|starred_actors|Robert Evans
"""


@pytest.fixture(scope="module")
def films_engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("titled"), _TITLED_PICTURE))
    return QuestionEngine(knowledge, clock=lambda: BEFORE)


async def test_a_picture_word_inside_a_films_title_asks_about_the_film(films_engine: QuestionEngine) -> None:
    answer = await chat(
        films_engine, "which films share actors with The Kid Stays in the Picture", now=BEFORE
    )
    assert "Chinatown" in answer.text and "photo" not in answer.text, answer.text


async def test_a_picture_named_beside_a_titled_film_is_still_the_photo(films_engine: QuestionEngine) -> None:
    answer = await chat(films_engine, "who's in the new bts pic", now=BEFORE)
    assert "Joe Locke" in answer.text, answer.text
