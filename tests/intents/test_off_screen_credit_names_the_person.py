"""An answer saying what someone is credited as behind the camera ("Andy Newberry is credited as director of
Heartstopper") names that person, so the next question's "he" or "his" means them."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_he_after_a_directors_credit_answer_is_that_director(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper director of season 3?", "what else has he done")
    assert "Shetland" in answer.text


async def test_his_resume_after_a_directors_credit_answer_is_his_work(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "heartstopper's director for the first two seasons?", "anything else on his resume"
    )
    assert "Torchwood" in answer.text
