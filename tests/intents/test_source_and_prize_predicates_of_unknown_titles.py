"""What a show was made from and the prizes it won are said of a title like its renewal ("is reacher based on
a graphic novel", "has the last of us won any awards"): a title nobody knows there gets "I don't have facts
about X", never the seed show's books or BAFTAs; "it" and the held show are still answered."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_source_of_an_unknown_title_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is reacher based on a graphic novel")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Reacher")


async def test_the_prizes_of_an_unknown_title_are_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Has the last of us won any awards")
    assert answer.text.startswith("I don't have facts about The Last of Us") and "BAFTA" not in answer.text


async def test_the_source_of_the_held_show_is_told(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is it based on a book")
    assert answer.kind == "answer" and "Alice Osman" in answer.text


async def test_the_prizes_of_the_held_show_are_told(engine: QuestionEngine) -> None:
    answer = await chat(engine, "has heartstopper won any awards")
    assert "BAFTA" in answer.text
