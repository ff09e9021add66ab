""" "did X get nominated for any emmys": "get nominated" says of X what "was nominated" does, so the words
before it are X's title; a title of everyday words nobody knows ("Friends", "How I Met Your Mother") gets "I
don't have facts about X", never the held show's Emmy record."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_an_everyday_title_getting_nominated_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did friends get nominated for any emmys")
    assert answer.text.startswith("I don't have facts about Friends") and "Heartstopper" not in answer.text


async def test_a_long_everyday_title_getting_nominated_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did how i met your mother get nominated for any emmys")
    assert answer.text.startswith("I don't have facts about How I Met Your Mother")


async def test_the_held_show_getting_nominated_is_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did heartstopper get nominated for any emmys")
    assert answer.kind == "answer" and "BAFTA" in answer.text


async def test_it_getting_nominated_is_the_show_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when is heartstopper season 3 out", "did it get nominated for any emmys")
    assert answer.kind == "answer" and "BAFTA" in answer.text
