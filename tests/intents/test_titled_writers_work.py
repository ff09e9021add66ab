"""A show's creator asked for the rest of their writing: by name put after their part ("harbour lights'
co-creator nell brandt, what did she write?"), by the part alone ("what other films did harbour lights'
showrunner write"), or with the work asked after the verb ("nell brandt co-wrote the screenplay for which
film?"). Each is their other work, never that show's creator again nor a title nobody knows."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-fanq51", "outlet": "Test Wire", "title": "Harbour Lights returns",
     "published": "2025-02-01"},
    {"type": "show", "title": "Harbour Lights", "kind": "series", "network": "Netflix"},
    {"type": "release", "show": "Harbour Lights", "date": "2021-06-04", "network": "Netflix"},
    {"type": "credit", "show": "Harbour Lights", "person": "Nell Brandt", "role": "creator"},
    {"type": "credit", "show": "Harbour Lights", "person": "Nell Brandt", "role": "showrunner"},
    {"type": "credit", "show": "Harbour Lights", "person": "Ravi Dale", "role": "actor",
     "character": "Jonah Price", "billing": 1},
    {"type": "work", "person": "Nell Brandt", "title": "Glass River", "role": "worked on"},
    {"type": "work", "person": "Ravi Dale", "title": "Low Road", "role": "worked on"},
]  # fmt: skip


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(load_invented(tmp_path_factory.mktemp("fanq51"), FACTS))


@pytest.fixture
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: TODAY)


@pytest.mark.parametrize(
    "question",
    [
        "Harbour Lights co-creator Nell Brandt - what did she write?",
        "Harbour Lights' co-creator Nell Brandt - what did she co-write before that?",
        "what did harbour lights' co-creator nell brandt co-write?",
        "Which earlier show did Harbour Lights' co-creator Nell Brandt write for?",
        "what did the harbour lights co-creator nell brandt write for before?",
    ],
)
async def test_a_creator_named_after_their_part_is_asked_for_other_work(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=TODAY)
    assert answer.kind == "answer" and "Glass River" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what other films did harbour lights' showrunner write",
        "harbour lights' co-creator wrote which drama before it?",
        "Harbour Lights' creator co-wrote the screenplay for which film?",
    ],
)
async def test_a_shows_creator_by_their_part_is_asked_for_other_work(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=TODAY)
    assert answer.kind == "answer" and "Glass River" in answer.text and "Nell Brandt" in answer.text


@pytest.mark.parametrize(
    "question", ["nell brandt co-wrote which film?", "nell brandt wrote for which coastal drama?"]
)
async def test_the_work_asked_after_the_verb_is_their_other_work(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=TODAY)
    assert answer.kind == "answer" and "Glass River" in answer.text


async def test_which_show_two_people_directed_stays_the_directors(engine: QuestionEngine) -> None:
    answer = await engine.answer("which show did euros lyn and andy newberry direct", now=TODAY)
    assert "Andy Newberry directed Heartstopper season 3" in answer.text


async def test_a_star_named_first_then_what_was_he_in_asks_his_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer("Harbour Lights star Ravi Dale, what was he in?", now=TODAY)
    assert answer.kind == "answer" and "Low Road" in answer.text
