"""What a show was made from, said with its kind ("the graphic novels", "the comics it's based on"), is the
source asked about, never a title nobody knows; a title before the source noun still is one."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, reply_texts


@pytest.mark.parametrize(
    "question",
    [
        "cried at heartstopper again. anyway, who wrote the graphic novels it's based on",
        "who wrote the comics it's based on",
        "who wrote the original graphic novels",
    ],
)
async def test_the_source_said_with_its_kind_is_no_title(engine: QuestionEngine, question: str) -> None:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    assert "Alice Osman" in text


async def test_a_title_before_its_source_noun_is_still_a_title(engine: QuestionEngine) -> None:
    (text,) = await reply_texts(engine, "who wrote the turned novel", now=BEFORE_PREMIERE)
    assert text.startswith("I don't have facts about The Turned")
