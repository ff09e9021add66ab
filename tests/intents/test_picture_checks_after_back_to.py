"""A check of whom the reported picture shows, after the fan goes back to someone ("back to kit, was he in
the bts photo"): answered yes or no first, for the person named before the pronoun."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.picture.phrasings import YES_NO
from tests.helpers import chat


def test_back_to_someone_then_a_check_reads_as_a_yes_no() -> None:
    assert YES_NO.search("back to kit was he in the bts photo")
    assert not YES_NO.search("back to kit who posted the bts photo")


async def test_someone_gone_back_to_and_in_the_picture_is_a_yes(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays charlie in heartstopper", "back to kit, was he in the bts photo")
    assert answer.text.startswith("Yes, Kit Connor")


async def test_someone_gone_back_to_and_not_in_the_picture_is_a_no(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who plays charlie in heartstopper", "back to olivia colman, was she in the bts pic"
    )
    assert answer.text.startswith("No, Olivia Colman")
