"""A "she"/"he" whose given name fits only the person nobody knows talked about, not the known one named
since ("who is jenna ortega" ... "and what about joe locke" ... "is she in heartstopper"), means that person:
"I don't have facts about Jenna Ortega", never Joe Locke's facts; the fallback to him is not remembered as
his pronoun either."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation


@pytest.mark.parametrize(
    "between", ["and what about joe locke", "does joe locke have any famous relatives", "who plays charlie"]
)
async def test_she_after_someone_unknown_and_a_known_man_means_her(
    engine: QuestionEngine, between: str
) -> None:
    conversation = Conversation()
    await engine.answer("who is jenna ortega", conversation)
    await engine.answer(between, conversation)
    for follow_up in ("is she in heartstopper", "what else has she been in"):
        answer = await engine.answer(follow_up, conversation)
        assert answer.text.startswith("I don't have facts about Jenna Ortega")
        assert "Joe Locke" not in answer.text


async def test_a_pronoun_fitting_the_known_person_still_means_him(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("who is jenna ortega", conversation)
    await engine.answer("and what about joe locke", conversation)
    answer = await engine.answer("what else is he in", conversation)
    assert "Jenna Ortega" not in answer.text
