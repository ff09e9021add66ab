"""A season's news asked as what someone did ("did netflix confirm season 4"), a date asked so, the date
asked in a title's place ("when is the release date for X"), and who is new in a cast the facts credit to
the show as a whole."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.understand.season_news import season_news

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "did they confirm s4 yet",
        "did netflix confirm season 4",
        "did netflix renew heartstopper for season 4?",
        "have they announced a fourth season",
        "has netflix officially announced season four",
        "Is HS S4 happening?",
        "is season 4 a thing",
    ],
)
async def test_a_season_nobody_announced_is_said_to_be_unknown(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text.startswith("I don't have news of a season 4 of Heartstopper"), answer.text


def test_more_said_after_the_season_is_left_to_the_claim_readers() -> None:
    assert season_news("did they confirm season 3 for october") is None
    assert season_news("did netflix renew it") is None  # no season asked: the renewal question as it is


@pytest.mark.parametrize(
    "question",
    [
        "did they confirm the premiere date",
        "has netflix announced when s3 drops",
        "when is the release date for season 3",
        "is there a release date for s3 yet",
    ],
)
async def test_a_date_announced_is_given(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.kind == "answer", answer.text
    assert "October 3, 2024" in answer.text and "Not yet" not in answer.text


@pytest.mark.parametrize(
    "question", ["when is the release date for the bear season 4", "is there a release date for the bear s4"]
)
async def test_the_unknown_title_is_the_one_after_the_date_asked(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text == "I don't have facts about The Bear."


@pytest.mark.parametrize(
    "question", ["who is new in the cast for s3", "who are the new cast members", "any newcomers in hs3?"]
)
async def test_who_is_new_is_said_unknown_before_the_whole_cast(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text.startswith("I don't know who is new in the cast of Heartstopper"), answer.text
    assert "Kit Connor" in answer.text


async def test_the_cast_of_the_new_season_is_listed_plainly(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's in the new season", now=BEFORE)
    assert answer.text.startswith("Heartstopper stars")


async def test_a_season_news_question_after_a_network_answer_asks_for_news(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("which network is heartstopper on", conversation, BEFORE)
    answer = await engine.answer("has s4 been confirmed", conversation, BEFORE)
    assert answer.text.startswith("I don't have news of a season 4 of Heartstopper"), answer.text
