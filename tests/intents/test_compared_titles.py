"""The other side of a comparison with a known show, made of everyday words, is a title nobody knows: the
comparison is declined, never answered with the known show's facts alone."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("which has more seasons, heartstopper or the good place?", "The Good Place"),
        ("is heartstopper rated higher than lost?", "Lost"),
        ("heartstopper vs true detective, which has better reviews?", "True Detective"),
    ],
)
async def test_an_everyday_title_compared_with_a_known_show_is_unknown(
    engine: QuestionEngine, question: str, title: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.kind == "unknown" and answer.text.startswith(f"I don't have facts about {title}")


@pytest.mark.parametrize(
    "question",
    [
        "is heartstopper on netflix or hulu?",  # networks, not a title
        "is the critics score higher than the audience score for heartstopper?",  # its own scores
        "is heartstopper better than expected?",  # the fan's words
    ],
)
async def test_a_comparison_of_talk_or_values_names_no_title(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert "I don't have facts about" not in answer.text
