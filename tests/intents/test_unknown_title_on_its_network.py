"""A title nobody knows, said with the network that airs it ("the penguin on netflix"), is still that title:
the network is no part of it and does not hide it."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    "question",
    [
        "the penguin on netflix, when is it out",
        "when is the penguin on netflix out",
        "who is in the penguin on netflix",
    ],
)
async def test_an_unknown_title_on_a_known_network_is_named_as_unknown(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question)
    assert answer.text.startswith("I don't have facts about The Penguin")


async def test_a_title_that_starts_with_in_keeps_it_when_nobody_asks_who_is_in_it(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("is in the heights on netflix")
    assert "In the Heights" in answer.text
