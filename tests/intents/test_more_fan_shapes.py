"""More shapes of fans' questions: a question ending in its pronoun's preposition after a remark ("ngl the
soundtrack slaps. anyway what network is it on"), "asap" said on the way, an auxiliary slip after the
question word ("wen dos season three come out"), the show of a character ("what show is nick from", also
after talk naming the characters), and "the marvel stuff" as the franchise's shows."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.understand.auxiliary_slips import auxiliary_spelt
from tests.helpers import BEFORE_PREMIERE, reply_texts


async def _answer(engine: QuestionEngine, question: str) -> str:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    return text


async def test_a_question_ending_in_its_pronouns_preposition_is_whole(engine: QuestionEngine) -> None:
    assert "Netflix" in await _answer(engine, "ngl the soundtrack slaps. anyway what network is it on")


@pytest.mark.parametrize("question", ["when does s3 drop asap", "need to know when s3 drops asap lol"])
async def test_asap_is_no_title(engine: QuestionEngine, question: str) -> None:
    assert "October 3" in await _answer(engine, question)


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("wen dos season three come out", "wen does season three come out"),
        ("when dose it come out", "when does it come out"),
        ("temporada dos de heartstopper", "temporada dos de heartstopper"),
        ("what dose of drama", "what dose of drama"),
    ],
)
def test_an_auxiliary_slip_after_a_question_word_is_spelt(text: str, spelt: str) -> None:
    assert auxiliary_spelt(text) == spelt


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what show is nick from", "Heartstopper"),
        ("which series are nick and charlie in", "Heartstopper"),
        ("i keep seeing edits of nick and charlie on tiktok. what show is that from?", "Heartstopper"),
    ],
)
async def test_the_show_of_a_character_is_asked_as_who_plays_them(
    engine: QuestionEngine, question: str, expected: str
) -> None:
    text = await _answer(engine, question)
    assert expected in text
    assert "Did you mean" not in text


async def test_the_franchise_stuff_in_the_talk_is_its_show(engine: QuestionEngine) -> None:
    question = "my brother is obsessed with the marvel stuff and heard joe locke is in one. what's it about?"
    assert "Agatha All Along" in await _answer(engine, question)
