"""The "he" of "who does he play" after talk naming an actor and a character ("my friend keeps saying kit
connor is charlie. who does he play then") is the actor: whoever plays, or has a role ("what is his official
role"), is never the character named last; the "his" of "who plays his character" still is."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, reply_texts


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my cousin swears kit connor is charlie. who does he play then", "Nick Nelson"),
        ("my nan reckons joe locke plays nick. wrong, right? who does he actually play", "Charlie Spring"),
        (
            "joe locke as wiccan would be iconic. so what is his actual role in agatha all along?",
            "Mystery Teen",
        ),
    ],
)
async def test_he_who_plays_is_the_actor_the_talk_named(
    engine: QuestionEngine, question: str, expected: str
) -> None:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    assert expected in text


async def test_him_who_is_played_is_still_the_character(engine: QuestionEngine) -> None:
    (text,) = await reply_texts(engine, "i love nick so much. who plays him", now=BEFORE_PREMIERE)
    assert "Kit Connor" in text


async def test_his_character_after_who_plays_is_the_characters(engine: QuestionEngine) -> None:
    (text,) = await reply_texts(engine, "i love nick. who plays his character?", now=BEFORE_PREMIERE)
    assert "Kit Connor" in text
