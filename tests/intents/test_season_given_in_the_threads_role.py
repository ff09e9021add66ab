"""A season given to someone by "got" or "handling" asks who holds the role the thread is about for it
("how many episodes did euros lyn direct" ... "and who's got season 3": its director), as "doing" does."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_whos_got_a_season_after_a_directors_count_asks_its_director(engine: QuestionEngine) -> None:
    # conversations probe: "and who's got season 3" repeated Euros Lyn's episode count.
    answer = await chat(
        engine, "how many episodes did euros lyn direct for heartstopper", "and who's got season 3"
    )
    assert answer.text.startswith("Andy Newberry directed Heartstopper season 3")


async def test_handling_the_third_season_asks_its_director(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed season 1 of heartstopper", "who is handling the third season")
    assert answer.text.startswith("Andy Newberry")


async def test_got_without_a_season_after_it_is_no_role(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed season 1 of heartstopper", "who got nominated for a bafta")
    assert "BAFTA" in answer.text
