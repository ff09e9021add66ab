"""A crew member described first with a word before the role noun and a show described by someone in it ("the
new director on the show kit connor is in, what else has he directed?"): "he" is the one described, never the
actor the description names."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    "question",
    [
        "the new director on the show kit connor is in, what else has he directed?",
        "the new director on the show kit connor plays nick in, what else has he directed?",
        "the s3 director of the show joe locke is in, what else has he done",
    ],
)
async def test_he_after_a_described_director_is_the_director(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question)
    assert "Shetland" in answer.text and "I don't have other work" not in answer.text


async def test_what_is_said_of_the_one_described_stays_out_of_the_description(engine: QuestionEngine) -> None:
    answer = await engine.answer("the guy who plays nick is great, what else is he in")
    assert "Kit Connor" in answer.text
