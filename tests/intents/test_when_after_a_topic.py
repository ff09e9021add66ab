"""A topic first, then "when" opening the question ("X on <service> whens the new season") asks when, not
where the show streams."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_when_after_a_show_and_its_service_asks_the_date(world: QuestionEngine) -> None:
    answer = await chat(world, "harbor nine on peacock whens season 2")
    assert "May 20, 2025" in answer.text


async def test_another_fact_before_when_is_the_fact_asked(world: QuestionEngine) -> None:
    answer = await chat(world, "copper lanterns cast when it started")
    assert "Nadia Ferris" in answer.text
