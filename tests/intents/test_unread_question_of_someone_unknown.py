"""A question no reader understands that asks of someone nobody knows by full name ("what's siobhan quill's
next show"): the reply says there are no facts about them, and "is she in the mcu thing with joe locke" next
is asked of her, never answered with the known show's cast."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_an_unread_question_of_someone_unknown_says_so(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's siobhan quill's next show")
    assert answer.text == "I don't have facts about Siobhan Quill.", answer.text


async def test_she_next_is_still_the_unknown_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's siobhan quill's next show", "is she in the mcu thing with joe locke")
    assert answer.text.startswith("I don't have facts about Siobhan Quill"), answer.text
    assert "Aubrey Plaza" not in answer.text


async def test_an_unread_message_of_the_fans_own_talk_names_no_one(engine: QuestionEngine) -> None:
    answer = await chat(engine, "my friend Priya swears this is the best show ever")
    assert not answer.text.startswith("I don't have facts about"), answer.text
