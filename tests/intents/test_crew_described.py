"""Someone described by the crew role they alone hold, then asked about ("the person credited as story
consultant works on which streaming platform's series?"), is answered as if named; roles several hold stay."""

from __future__ import annotations

import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.understand.crew_described import person_by_crew_role

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "the person credited as story consultant works on which streaming platform's series?",
        "the story consultant works on a show for which network?",
    ],
)
async def test_the_holders_show_network_is_answered(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.kind == "answer", answer.text
    assert "Netflix" in answer.text


def test_the_one_holder_takes_the_descriptions_place(seed_knowledge: Knowledge) -> None:
    tokens = "the story consultant works on which network s show".split()
    assert person_by_crew_role(tokens, seed_knowledge) == "lauren james works on which network s show".split()


@pytest.mark.parametrize(
    "words",
    [
        "the director works on which network s show",  # two directors: not one person
        "who is the story consultant",  # nothing asked of them after the role
        "and who was the story consultant working with her",  # who holds it is asked
    ],
)
def test_no_single_holder_asked_about_is_left(seed_knowledge: Knowledge, words: str) -> None:
    assert person_by_crew_role(words.split(), seed_knowledge) is None


def test_the_role_table_is_made_once_per_snapshot(seed_knowledge: Knowledge) -> None:
    # Read on every question: rebuilt each time over the 43k-entity catalog it cost ~40 ms a question.
    from intents.understand.crew_described import _roles

    assert _roles(seed_knowledge) is _roles(seed_knowledge)
    assert ("story", "consultant") in _roles(seed_knowledge)
