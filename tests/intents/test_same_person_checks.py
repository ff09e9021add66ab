"""Whether the person a description points at is the one another clause names by its own verb ("is the person
behind the series the same one who wrote the novels"): the other side is asked with that verb."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


async def test_the_same_one_who_did_another_thing_is_asked_with_that_verb(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "is the person behind the heartstopper show the same one who wrote the books", now=BEFORE_PREMIERE
    )
    assert answer.text.startswith("Yes")
    assert "Alice Osman" in answer.text


async def test_a_different_holder_by_its_own_verb_is_no(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "is the person behind heartstopper the same one who directed season 3", now=BEFORE_PREMIERE
    )
    assert answer.text.startswith("No")
