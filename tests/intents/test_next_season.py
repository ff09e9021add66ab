"""A season still to come asked about after the last known one has premiered: what is missing first."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine

LATER = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_come_back_after_the_last_season_says_none_is_announced_first(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does heartstopper come back", now=LATER)
    assert answer.text.startswith("No new season of Heartstopper has been announced")
    assert "October 3, 2024" in answer.text


async def test_come_back_before_the_season_premieres_gives_its_date(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does heartstopper come back", now=BEFORE)
    assert answer.text.startswith("Heartstopper season 3 premieres")


async def test_a_past_question_about_coming_back_is_answered_plainly(engine: QuestionEngine) -> None:
    answer = await engine.answer("when did heartstopper come back", now=LATER)
    assert not answer.text.startswith("No new season")


async def test_a_chain_says_what_is_missing_before_what_found_the_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does the show with charlie spring come back", now=LATER)
    assert answer.text.startswith("No new season of Heartstopper")
