"""Someone asked to answer ("would anyone mind telling me ...") names no one: the request is no check of a
person nobody knows, and the show it asks of is answered; a full name checked stays unknown."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_anyone_asked_to_tell_is_no_one(engine: QuestionEngine) -> None:
    answer = await chat(engine, "would anyone mind telling me what network heartstopper is on")
    assert answer.kind == "answer" and "Netflix" in answer.text


async def test_a_full_name_checked_is_still_unknown(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did amy poehler write the heartstopper books")
    assert answer.text.startswith("I don't have facts about Amy Poehler")
