"""What the fan says they do after a question ("we will make a cake", "we have made a banner") puts no title
in a credit's place: the question is answered, not "I don't have facts about A Cake"."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat


@pytest.mark.parametrize(
    "question",
    ["when is the new season coming? we will make a cake", "when is season 3 coming? we have made a banner"],
)
async def test_the_fans_own_doing_is_no_title(engine: QuestionEngine, question: str) -> None:
    answer = await chat(engine, question)
    assert answer.kind == "answer" and "October 3, 2024" in answer.text
