"""A yes/no asking whether someone nobody knows, by full name, was in a title held only as a known person's
work ("was priya harris in doctor who"): the reply says there are no facts about them, not the title's
credits (another person's facts), and the follow-ups stay with them."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_someone_unknown_in_a_work_title_gets_no_facts_about_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "was priya harris in doctor who? i feel like i've seen her there")
    assert answer.text == "I don't have facts about Priya Harris.", answer.text
    assert not answer.sources


async def test_a_work_title_asked_alone_still_gets_its_credits(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is doctor who on netflix")
    assert "Euros Lyn" in answer.text, answer.text
