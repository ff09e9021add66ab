"""A follow-up that is a yes/no question of its own ("and is that actor in a marvel series as well") is
asked as it is, never the last question again; "his character confirmed to be X" is the check that he
plays X; "when's the next one landing on it" asks of the next season, not the one the last answer gave."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from tests.helpers import chat

SEPTEMBER = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_and_is_that_actor_in_a_marvel_series_is_its_own_check(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who plays nick in heartstopper",
        "no wait, charlie",
        "and is that actor in a marvel series as well",
    )
    assert answer.text.startswith("Yes") and "Agatha All Along" in answer.text


async def test_is_his_character_confirmed_to_be_a_part_checks_the_part(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "whats the marvel show joe locke is in", "and is his character confirmed to be wiccan?"
    )
    assert answer.text.startswith("No, that isn't confirmed")


async def test_the_next_one_on_it_is_the_next_season_not_the_last_answered(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "when was heartstopper first released",
        "can i still stream the first 2 seasons of it there?",
        "and when's the next one landing on it",
        now=SEPTEMBER,
    )
    assert "October 3, 2024" in answer.text
