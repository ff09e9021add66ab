"""A correction after a few words of excuse ("oops, i meant the first seasons, 1 and 2") is no talk before a
shorthand question: the words after it go on with what the fan meant, so the question before is asked again
of the seasons they name; a shorthand question after talk ("OMG I'M PANICKING, andor s2 dirs") is read."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from tests.helpers import chat


async def test_a_correction_after_an_excuse_asks_again(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who directed heartstopper season 3", "oops, i meant the first seasons, 1 and 2"
    )
    assert "Euros Lyn" in answer.text


def test_a_shorthand_question_after_talk_is_still_read() -> None:
    assert question_part("OMG I'M PANICKING, andor s2 dirs")[0] == "andor s2 dirs"
