"""Asking again what the things the last answer counted were, however the question opens."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_in_which_categories_after_an_award_count_names_the_categories(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how many baftas did hs get", "in which categories")
    assert answer.kind == "answer"
    assert all(category in answer.text for category in ("Music", "Writing", "Memorable Moment"))
