"""After a show nobody knows, "who plays penelope" asks of a part of that show; "and colin?" then asks who
plays Colin there, so the answer is still that Marquee has no facts about the show, never about a show
called Colin. A title said with its article ("and the crown?") is still a new title."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_second_part_stays_in_the_unknown_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is velvet harbour good", "who plays penelope", "and colin?")
    assert answer.text == "I don't have facts about Velvet Harbour."


async def test_the_show_stays_the_subject_after_the_second_part(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "is velvet harbour good", "who plays penelope", "and colin?", "who created it"
    )
    assert answer.text == "I don't have facts about Velvet Harbour."


async def test_a_title_with_its_article_is_a_new_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is velvet harbour good", "who plays penelope", "and the crown?")
    assert answer.text == "I don't have facts about The Crown."


async def test_with_no_show_before_the_new_name_is_asked_of(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays penelope", "and colin?")
    assert answer.text == "I don't have facts about Colin."
