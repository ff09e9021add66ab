"""Fans' idioms for playing a part ("who embodies nick", "who takes on the role of nick", "who brings
charlie to life") ask who plays it, in any conversation; a show in the part's place ("who brought
heartstopper to life") is no part played."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat


@pytest.mark.parametrize(
    "question",
    [
        "who embodies nick",
        "who takes on the role of nick",
        "who steps into the role of nick",
        "who stars as nick",
        "who gives life to nick",
    ],
)
async def test_an_idiom_of_playing_asks_who_plays_the_part(engine: QuestionEngine, question: str) -> None:
    answer = await chat(engine, question)
    assert answer.kind == "answer" and answer.text.startswith("Kit Connor plays Nick Nelson")


async def test_an_idiom_of_playing_after_another_show_still_asks_who_plays(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who created agatha all along", "who embodies charlie spring")
    assert answer.text.startswith("Joe Locke plays Charlie Spring")


async def test_an_idiom_of_playing_asked_of_an_actor_asks_their_part(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what character does kit connor bring to life")
    assert answer.kind == "answer" and "Nick Nelson" in answer.text


async def test_a_show_brought_to_life_is_no_part_played(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who brought heartstopper to life")
    assert "plays" not in answer.text
