"""A title nobody knows that an earlier sentence of the message opens with, as the subject of what it says
("bad sisters is so good. when does season 2 come out"), is what the question after it asks about: no
facts about it, never the default show's."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_opening_an_earlier_sentence_is_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "bad sisters is so good. when does season 2 come out")
    assert answer.text.startswith("I don't have facts about Bad Sisters"), answer.text


async def test_a_known_show_opening_an_earlier_sentence_is_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper is so good. when does season 3 come out")
    assert "October 3, 2024" in answer.text, answer.text


async def test_talk_opening_an_earlier_sentence_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "my sister is obsessed. when does heartstopper season 3 come out")
    assert "October 3, 2024" in answer.text, answer.text
