"""A yes/no no reader understood, asking of a title nobody knows that opens with a short word ("was my hero
academia filmed in london?"), makes that title the subject: the reply and the follow-ups say "I don't have
facts about My Hero Academia", never the default show's producers or network."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_title_with_its_opening_word_is_named(engine: QuestionEngine) -> None:
    answer = await chat(engine, "was my hero academia filmed in london?")
    assert answer.text.startswith("I don't have facts about My Hero Academia.")


async def test_a_follow_up_after_it_is_about_that_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "was my hero academia filmed in london?", "who produced it")
    assert (
        answer.text.startswith("I don't have facts about My Hero Academia")
        and "Heartstopper" not in answer.text
    )


async def test_a_known_subject_after_my_is_still_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "was my favourite show heartstopper renewed")
    assert not answer.text.startswith("I don't have facts about")
