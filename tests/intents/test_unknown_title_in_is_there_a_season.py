"""'is there (going to be) a X season 3' asks of X: a title nobody knows there (even of everyday words) gets
"I don't have facts about X", never the seed show's season; "a season 4" alone is still the show talked
about's."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_before_the_season_asked_of_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is there going to be a bad sisters season 3")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Bad Sisters")


async def test_a_title_after_will_there_be_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "will there be a friends season 11")
    assert answer.text.startswith("I don't have facts about Friends")


async def test_a_season_alone_is_the_show_talked_abouts(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is there going to be a season 4")
    assert "Heartstopper" in answer.text
