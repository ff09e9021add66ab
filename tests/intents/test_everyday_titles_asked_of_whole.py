"""A title of everyday words asked of as a whole ("what genre is bad sisters", "how good is normal people",
"what streaming service has feel good", "is bad sisters a true story") is a title nobody knows in a
seed-only database: "I don't have facts about X", never the seed show's scores, network or synopsis; "it"
and the held show in those places are still answered, and "who else is in it" names no title."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("what genre is bad sisters", "Bad Sisters"),
        ("how good is normal people", "Normal People"),
        ("what streaming service has feel good", "Feel Good"),
        ("is bad sisters a true story", "Bad Sisters"),
        ("is normal people popular", "Normal People"),
    ],
)
async def test_an_everyday_title_asked_of_whole_is_no_fact(
    engine: QuestionEngine, question: str, title: str
) -> None:
    answer = await chat(engine, question)
    assert answer.kind == "unknown" and answer.text.startswith(f"I don't have facts about {title}")


async def test_the_held_show_asked_of_whole_is_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how good is heartstopper")
    assert answer.kind == "answer" and "98%" in answer.text


async def test_who_else_is_in_it_names_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who else is in it")
    assert answer.kind == "answer" and "Kit Connor" in answer.text
