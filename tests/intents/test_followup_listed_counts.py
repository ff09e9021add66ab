"""Counting what the last answer listed: "how many of them are there" after a list of people or shows."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_how_many_of_them_counts_the_cast_just_listed(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in agatha all along", "how many of them are there")
    assert answer.kind == "answer" and answer.answers == ("4",)
    assert answer.text.startswith("That's 4 people") and "Paul Adelstein" in answer.text


async def test_a_noun_of_the_other_kind_is_no_count_of_the_list(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in agatha all along", "how many shows is that")
    assert answer.answers != ("4",)


async def test_a_persons_work_counts_the_show_talked_about_apart(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows has andy newberry worked on", "how many is that")
    assert answer.text.startswith("That's 5 shows in all: Heartstopper and 4 others")


async def test_how_many_after_a_show_nobody_knows_counts_nothing(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in the last kingdom", "how many of them are there")
    assert answer.kind == "unknown" and "Joe Locke" not in answer.text
