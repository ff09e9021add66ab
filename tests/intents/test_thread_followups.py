"""Follow-ups read from what the thread is about, in the seed world: "doing" as the verb of the role of the
people talked about, ..."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.test_followups import chat

TWO_DIRECTORS = ("what has euros lyn worked on", "ok what about andy newberry")


async def test_doing_a_season_is_the_role_of_the_people_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, *TWO_DIRECTORS, "which one of them is doing s3?")
    assert answer.intent == "directors" and "Andy Newberry" in answer.text


async def test_doing_an_earlier_season_picks_the_other_director(engine: QuestionEngine) -> None:
    answer = await chat(engine, *TWO_DIRECTORS, "who's doing season 1?")
    assert "Euros Lyn" in answer.text and "Andy Newberry" not in answer.text
