"""Words that point at what the last answer gave: "what categories were they" after nominations counted, and
"on there" after a network was named or answered."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat


@pytest.mark.parametrize("asked", ["what categories were they", "which categories"])
async def test_the_categories_of_nominations_just_counted(engine: QuestionEngine, asked: str) -> None:
    answer = await chat(engine, "heartstopper bafta noms how many", asked)
    assert all(category in answer.text for category in ("Music", "Writing", "Memorable Moment"))


async def test_on_there_is_the_network_just_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "where do i watch heartstopper", "is agatha all along on there too?")
    assert answer.text.startswith("No") and "Disney+" in answer.text


async def test_on_there_is_the_network_just_named(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is agatha all along on disney+", "is hs on there too")
    assert answer.text.startswith("No") and "Netflix" in answer.text


async def test_two_seasons_without_a_title_name_no_unknown_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "where do i watch heartstopper", "are s1 and s2 on there too?")
    assert answer.text.startswith("Yes")
