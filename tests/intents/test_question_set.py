"""The fan question set (question_set.py + question_set_more.py): each case in a fresh conversation."""

from __future__ import annotations

import re

import pytest

from intents.answer import Answer
from intents.collect import default_intents
from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.helpers import AFTER_PREMIERE, BEFORE_PREMIERE
from tests.intents.question_set import CASES, Case
from tests.intents.question_set_more import MORE_CASES

ALL_CASES = [*CASES, *MORE_CASES]


def problems_with(case: Case, answer: Answer) -> list[str]:
    """Every way `answer` misses the case's expectations (empty when it meets them all)."""
    problems: list[str] = []
    if case.kinds and answer.kind not in case.kinds:
        problems.append(f"kind {answer.kind!r} not in {case.kinds}")
    if case.intents and answer.intent not in case.intents:
        problems.append(f"intent {answer.intent!r} not in {case.intents}")
    if case.first is not None and answer.answers[:1] != (case.first,):
        problems.append(f"answers[0] should be {case.first!r}")
    problems.extend(f"{value!r} missing from answers" for value in case.has if value not in answer.answers)
    if case.text is not None and not re.search(case.text, answer.text):
        problems.append(f"text does not match {case.text!r}")
    for value in case.banned:
        if value in answer.text or any(value in given for given in answer.answers):
            problems.append(f"{value!r} must not appear")
    problems.extend(
        f"{value!r} must not be an answer" for value in case.not_answers if value in answer.answers
    )
    return problems


def test_the_set_has_at_least_170_distinct_cases() -> None:
    assert len({case.id for case in ALL_CASES}) >= 170


def test_every_expected_intent_exists() -> None:
    names = {intent.name for intent in default_intents()}
    assert {name for case in ALL_CASES for name in case.intents} <= names


@pytest.mark.parametrize("case", ALL_CASES, ids=[case.id for case in ALL_CASES])
async def test_question(engine: QuestionEngine, case: Case) -> None:
    now = AFTER_PREMIERE if case.after else BEFORE_PREMIERE
    answer = await engine.answer(case.question, Conversation(), now=now)
    problems = problems_with(case, answer)
    assert not problems, (
        f"{problems}\n  got kind={answer.kind!r} intent={answer.intent!r} "
        f"answers={list(answer.answers)!r}\n  text={answer.text!r}"
    )
