"""A yes/no naming someone by a part of their name against a title known only from their work ("was lyn a
writer on doctor who") asks of them: the credit says yes."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_surname_checked_against_their_work_is_confirmed(engine: QuestionEngine) -> None:
    answer = await chat(engine, "was lyn a writer on doctor who")
    assert answer.text.startswith("Yes") and "Euros Lyn" in answer.text


async def test_who_made_the_work_is_still_its_credit(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed doctor who")
    assert "Euros Lyn" in answer.text
