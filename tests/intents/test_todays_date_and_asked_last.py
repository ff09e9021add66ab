"""Typed shapes of a plain question: the day the fan says it is after asking whether something is out
("is heartstoper s3 out yet its octobr 10": asked without it, the clock decides), a question word put last
("wiliam gao is in wich show": which show is he in) and a role's name asked as a fragment ("the hs
creator's name?")."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.todays_date_tails import without_todays_date
from tests.helpers import BEFORE_PREMIERE, reply_texts

AFTER_S3 = dt.datetime(2024, 10, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question", ["is heartstopper s3 out yet its october 10", "is season 3 out yet? it's the 10th"]
)
async def test_the_day_the_fan_says_it_is_is_no_date_checked(engine: QuestionEngine, question: str) -> None:
    (text,) = await reply_texts(engine, question, now=AFTER_S3)
    assert text.startswith("Yes")


@pytest.mark.parametrize(
    "asked", ["is s3 out on october 10", "when is it out, october 10?", "is it october 10 yet"]
)
def test_a_date_that_is_asked_about_stays(asked: str) -> None:
    assert without_todays_date(asked) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wiliam gao is in wich show", "Heartstopper"),
        ("yasmin finney is in which series", "Heartstopper"),
        ("kathryn hahn is in which show", "Agatha All Along"),
    ],
)
async def test_a_question_word_put_last_asks_which_show(
    engine: QuestionEngine, question: str, expected: str
) -> None:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    assert expected in text
    assert "Did you mean" not in text


@pytest.mark.parametrize(
    ("question", "expected"), [("the hs creator's name?", "Alice Osman"), ("s1 director name", "Euros Lyn")]
)
async def test_a_roles_name_asked_as_a_fragment_is_who_holds_it(
    engine: QuestionEngine, question: str, expected: str
) -> None:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    assert expected in text
    assert "Did you mean" not in text
