"""Talk around a question that is no title nobody knows: a clause the fan tells ("the way i screamed when
they announced s3"), the fan naming themselves ("asking for a friend (the friend is me)"), and a season the
talk names read where the question's "it" stands ("... before the new season. when does it come out
exactly?"), never after words a title might be read in."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, reply_texts


async def _answer(engine: QuestionEngine, question: str) -> str:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    return text


@pytest.mark.parametrize(
    "question",
    [
        "the way i shrieked when they announced s3 💀 when is it out",
        "i cried when they confirmed season 3. when's it coming",
    ],
)
async def test_a_clause_the_fan_tells_before_a_season_is_no_title(
    engine: QuestionEngine, question: str
) -> None:
    assert "October 3" in await _answer(engine, question)


async def test_the_fan_naming_themselves_is_no_title(engine: QuestionEngine) -> None:
    assert "Kit Connor" in await _answer(engine, "asking for a mate (the mate is me): who plays nick")


async def test_a_title_in_an_aside_is_still_one(engine: QuestionEngine) -> None:
    assert "don't have facts about The Bear" in await _answer(engine, "the bear is so good, who's in it")


@pytest.mark.parametrize(
    "question",
    [
        "my mum and i are planning a rewatch before the new season. when does it come out exactly?",
        "the new season looks unreal. when's it out",
    ],
)
async def test_a_season_the_talk_names_stands_where_it_does(engine: QuestionEngine, question: str) -> None:
    assert "October 3" in await _answer(engine, question)
