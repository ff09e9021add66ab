"""When a show's source books came out, or the next one will: never a fact Marquee holds, and never the
show's premiere (seed facts)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    "asked", ["when were the heartstopper novels published", "when did the heartstopper books come out"]
)
async def test_the_books_date_is_missing_and_no_premiere_is_given(engine: QuestionEngine, asked: str) -> None:
    # fanq45: "when was the shogun novel published" was answered with the show's premiere.
    answer = await engine.answer(asked)
    assert answer.text.startswith("I don't have when the Heartstopper books came out")
    assert "Alice Osman" in answer.text and "premiere" not in answer.text


async def test_the_next_book_named_with_its_show_is_news_of_another_book(engine: QuestionEngine) -> None:
    answer = await engine.answer("when is the next heartstopper book out")
    assert answer.text.startswith("I don't have news of another Heartstopper book")
