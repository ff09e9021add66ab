"""Naming the network in a "when" question still asks when, not where."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE


async def test_when_is_a_show_on_its_network_asks_for_the_premiere(engine: QuestionEngine) -> None:
    answer = await engine.answer("when is heartstopper on netflix", now=BEFORE_PREMIERE)
    assert answer.intent == "premiere"


async def test_when_does_a_show_start_on_its_network_asks_for_the_premiere(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does heartstopper start on netflix", now=BEFORE_PREMIERE)
    assert answer.intent == "premiere"


async def test_is_a_show_on_a_network_still_asks_where(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper on netflix")
    assert answer.intent == "where_to_watch"


async def test_when_is_a_season_on_its_network_asks_for_the_premiere(engine: QuestionEngine) -> None:
    answer = await engine.answer("when is heartstopper season 3 on netflix", now=BEFORE_PREMIERE)
    assert answer.intent == "premiere" and "2024-10-03" in answer.answers
