"""A title nobody knows set off before the question by a colon or a dash, as by a comma ("gossip girl: who's
the showrunner", "fellow travelers - renewed for season 4??"), is the question's subject: "I don't have facts
about X", never the default show's facts; a known title or a lead-in set off the same way is still read."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_set_off_by_a_colon_is_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "gossip girl: who's the showrunner")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Gossip Girl")


async def test_a_title_set_off_by_a_dash_is_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "fellow travelers - renewed for season 4??")
    assert answer.text.startswith("I don't have facts about Fellow Travelers")
    assert "Heartstopper" not in answer.text


async def test_a_lead_in_set_off_by_a_colon_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "quick question: who directed season 3")
    assert answer.kind == "answer" and "Andy Newberry" in answer.text


async def test_a_label_set_off_before_a_check_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "fun fact check: the critics score is 98%, right?")
    assert answer.kind == "answer" and not answer.text.startswith("I don't have facts")
