"""A win asked of the nominations just listed: the news reports nominations, so no win on record is said
rather than a plain "No"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_did_it_win_them_after_nominations_says_no_win_is_on_record(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what baftas was heartstopper up for", "did it win them")
    assert (
        answer.text.startswith("No win I know of: my facts don't report one")
        and "Memorable Moment" in answer.text
    )


async def test_did_it_win_an_award_body_never_nominating_is_a_plain_no(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did heartstopper win an emmy")
    assert answer.text.startswith("No") and "don't report" not in answer.text.split(".")[0]
