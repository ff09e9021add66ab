"""An actor described by one show and picked by another ("the heartstopper actor in agatha all along") is
named, and the picking show goes with the description when the question asks about a show named after it
("who does [the heartstopper actor in agatha all along] play in heartstopper"), never with the question
(intents/understand/described_actors.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "who does the heartstopper actor in agatha all along play in heartstopper",
        "the heartstopper actor in the marvel show, who does he play in heartstopper",
    ],
)
async def test_the_picking_show_goes_with_the_description(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=NOW)
    assert "Joe Locke plays Charlie Spring" in answer.text


async def test_a_show_asked_about_right_after_the_description_stays_the_question(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("who does the heartstopper kid play in agatha all along", now=NOW)
    assert "Mystery Teen" in answer.text
