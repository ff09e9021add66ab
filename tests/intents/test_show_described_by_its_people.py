"""A show described by the people in it, joined by "and" ("the one w joe and kit"), and a show pointed at
then described ("the other show, the one w ..."): the one show they all share."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.described_fragments import fragment_as_title
from tests.helpers import chat


def test_a_show_with_two_people_joined_by_and_is_the_one_they_share(world: QuestionEngine) -> None:
    words = "the one with joe locke and kit connor".split()
    assert fragment_as_title(words, world.link, world.kb) == ["heartstopper"]


async def test_the_other_show_then_described_is_the_described_one(world: QuestionEngine) -> None:
    answer = await chat(
        world, "where can i watch agatha all along", "and the other show, the one w joe and kit"
    )
    assert "Heartstopper" in answer.text and "Netflix" in answer.text
