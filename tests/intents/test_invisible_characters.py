"""Invisible characters pasted into words (zero-width spaces, soft hyphens) vanish; words stay whole."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.text import clean_input


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff"])
def test_an_invisible_character_inside_a_word_leaves_the_word_whole(invisible: str) -> None:
    assert clean_input(f"who plays ni{invisible}ck") == "who plays nick"


def test_a_line_separator_still_separates_words() -> None:
    assert clean_input("who plays\u2028nick") == "who plays nick"


async def test_a_question_with_invisible_characters_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays ni\u200bck in heart\u200cstopper", Conversation())
    assert "Kit Connor" in answer.text
