"""Words that are the fan's own doing or a network's news are no title nobody knows: what the fan means to
make ("i want to make a anniversary post"), what they did besides watching ("just finished reading the
graphic novels"), a network ordering a season ("which network ordered the first season") and the names of
a list asked for ("names of the categories please")."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat


@pytest.mark.parametrize(
    "question",
    [
        "when was season 1 released? i want to make a anniversary post for our fan page.",
        "when was season 1 released? we plan to write a blog post",
        "i wanna make an anniversary post, when was season 1 released",
    ],
)
async def test_what_the_fan_means_to_make_is_no_title(engine: QuestionEngine, question: str) -> None:
    answer = await chat(engine, question)
    assert answer.kind == "answer" and "April 22, 2022" in answer.text


async def test_a_title_after_someone_elses_credit_verb_is_still_one(engine: QuestionEngine) -> None:
    answer = await chat(engine, "i want to know who made the bear")
    assert answer.text.startswith("I don't have facts about The Bear")


async def test_reading_after_finished_is_the_fans_doing_not_a_title(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "So I just finished reading the graphic novels and now I want to know who actually wrote them? "
        "Like is it the same person who made the show?",
    )
    assert not answer.text.startswith("I don't have facts about Reading")


@pytest.mark.parametrize("verb", ["ordered", "commissioned"])
async def test_a_network_ordering_a_season_is_no_title(engine: QuestionEngine, verb: str) -> None:
    answer = await chat(engine, f"which network {verb} the first season")
    assert answer.kind == "answer" and "Netflix" in answer.text


async def test_a_title_a_network_ordered_is_still_one(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which network ordered the bear")
    assert answer.text.startswith("I don't have facts about The Bear")


async def test_the_names_of_a_list_asked_for_are_no_title(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "what bafta categories was heartstopper nominated in", "names of the categories please"
    )
    assert answer.kind == "answer" and "Memorable Moment" in answer.text
