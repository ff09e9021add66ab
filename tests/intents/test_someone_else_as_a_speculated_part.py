"""Whether someone is "secretly someone else" asks who fans say their part really is (the speculation the
facts hold), never what else they have worked on (intents/understand/speculated_asks.py,
speculated_parts.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.speculated_parts import someone_else
from tests.helpers import chat

NOW = dt.datetime(2024, 9, 12, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    ["is joe locke secretly someone else in agatha", "do ppl think joe locke is secretly someone else lol"],
)
async def test_someone_else_asked_of_a_person_names_the_speculated_part(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=NOW)
    assert "Wiccan" in answer.text


async def test_someone_else_after_the_part_was_answered_names_the_speculation(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who plays charlie in heartstopper again, my brain is blanking",
        "wait is he the one going into the marvel stuff?",
        "who does he play in it",
        "ppl keep sayin hes secretly someone else tho??",
        now=NOW,
    )
    assert "Wiccan" in answer.text


@pytest.mark.parametrize(
    ("said", "asks"),
    [("hes secretly someone else", True), ("somebody different", True), ("what else is he in", False)],
)
def test_someone_else_is_a_hidden_identity(said: str, asks: bool) -> None:
    assert someone_else(said.split()) is asks
