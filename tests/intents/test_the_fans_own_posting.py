"""The fan's own posting ("first post!!", "i don't usually post", "posting from the bus") names no post the
news reported: the question beside it is answered, not the seed's behind-the-scenes photo."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("first post!! who edits heartstopper", "editor"),
        ("i don't usually post but who's the cinematographer on heartstopper", "cinematographer"),
        ("first post!! who made hs ngl i forgot", "Alice Os"),
    ],
)
async def test_the_fans_own_posting_is_no_news_post(engine: QuestionEngine, question: str, said: str) -> None:
    answer = await chat(engine, question, now=BEFORE)
    assert said in answer.text and "photo" not in answer.text, answer.text


async def test_a_post_the_news_reported_is_still_read(engine: QuestionEngine) -> None:
    answer = await chat(engine, "where did netflix post the bts pic", now=BEFORE)
    assert "photo" in answer.text
