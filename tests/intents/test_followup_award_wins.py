"""A win asked of the nominations just listed: the news reports nominations, so no win on record is said
rather than a plain "No"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.test_followups import chat


async def test_did_it_win_them_after_nominations_says_no_win_is_on_record(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what baftas was heartstopper up for", "did it win them")
    assert answer.text.startswith("I don't have any wins on record") and "Memorable Moment" in answer.text
