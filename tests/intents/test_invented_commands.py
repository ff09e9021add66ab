"""Commands fans invent for what they want: the words after "!" ask the question (seed facts)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    ("said", "holds"),
    [
        ("!credits andy newberry", "Shetland"),  # a relation named as the command
        ("!platform agatha all along", "Disney+"),  # where to watch
        ("!isout hs3", "October 3"),  # "is out" typed as one command word
    ],
)
async def test_an_invented_command_that_asks_is_answered(
    engine: QuestionEngine, said: str, holds: str
) -> None:
    answer = await engine.answer(said)
    assert answer.kind == "answer" and holds in answer.text


@pytest.mark.parametrize("said", ["!credits", "!credits the weather today"])
async def test_an_invented_command_asking_nothing_understood_is_refused(
    engine: QuestionEngine, said: str
) -> None:
    answer = await engine.answer(said)
    assert answer.kind == "invalid" and "credits" in answer.text
