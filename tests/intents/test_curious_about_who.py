"""A question the fan announces ("i got curious about who directed all those episodes") and then narrows
with "like ..." ("like was it one person or a bunch of people?") is asked as announced: the narrowing
carries no cue, number or name of its own."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.understand.sentences import embedded_question
from tests.helpers import BEFORE_PREMIERE, reply_texts


@pytest.mark.parametrize(
    "question",
    [
        "rewatching s1 again and i got curious about who directed all those episodes, like was it one person"
        " or a few different people?",
        "who directed s1, like was it one guy",
    ],
)
async def test_a_narrowing_like_clause_leaves_the_question_announced(
    engine: QuestionEngine, question: str
) -> None:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    assert "Euros Lyn" in text


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("i got curious about who directed it", "who directed it"),
        ("i was wondering about who plays nick", "who plays nick"),
        ("the series he is in is on which network", None),
    ],
)
def test_a_word_of_knowing_and_about_introduce_a_question(sentence: str, held: str | None) -> None:
    assert embedded_question(sentence, by_verb=True) == held
