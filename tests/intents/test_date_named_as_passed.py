"""Whether the date the last answer gave is past, asked with the date itself named ("has that date passed
already"): No or Yes first, of that date."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_has_that_date_passed_already_says_no_before_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when does s3 come out", "has that date passed already")
    assert answer.text.startswith("No") and "October 3, 2024" in answer.text
