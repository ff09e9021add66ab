"""Audience sizes (viewers, views, streams) are never in the facts: such a question says so first."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_how_many_viewers_says_the_figures_are_missing(world: QuestionEngine) -> None:
    answer = await chat(world, "how many viewers did harbor nine season 2 pull in")
    assert answer.text.startswith("I don't have viewing figures for Harbor Nine")
