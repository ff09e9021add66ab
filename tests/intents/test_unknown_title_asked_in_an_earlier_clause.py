"""A message whose first clause asks a yes/no of a title nobody knows ("is bad sisters any good, what did
critics think") is about that title in every clause: "I don't have facts about X", never the default show's
scores; "it" in that place still means the show talked about."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_later_clause_asks_of_the_title_an_earlier_one_named(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hiii is bad sisters any good, what did critics think")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Bad Sisters")
    assert "98%" not in answer.text


async def test_the_title_stays_the_subject_after_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is reacher any good, what did critics think", "ok and who's the lead")
    assert answer.text.startswith("I don't have facts about Reacher")


async def test_it_in_the_earlier_clause_is_the_show_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is it any good, what did critics think")
    assert answer.kind == "answer" and "98%" in answer.text
