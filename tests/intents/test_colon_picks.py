"""A choice of parts in shorthand ("joe locke: charlie or nick?") is asked as "who does joe locke play,
charlie or nick?"; a choice naming no character is left as written."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.colon_picks import as_choice

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "part", "other"),
    [
        ("kit connor: charlie or nick?", "Nick Nelson", "Charlie Spring"),
        ("nick or charlie: joe locke?", "Charlie Spring", "Nick Nelson"),
        ("which one does kit connor play, charlie or nick?", "Nick Nelson", "Charlie Spring"),
        ("joe locke - nick or charlie", "Charlie Spring", "Nick Nelson"),
    ],
)
async def test_the_part_they_play_is_picked(
    engine: QuestionEngine, question: str, part: str, other: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.kind == "answer", answer.text
    assert part in answer.text and other not in answer.text, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text


def _characters(key: str) -> bool:
    return key in {"nick", "charlie"}


@pytest.mark.parametrize(
    "text",
    [
        "heartstopper: netflix or hulu?",  # no character: answered as written
        "quick q: nick or charlie?",  # a lead-in, no one to put the choice to
        "who plays nick: kit or joe?",  # a question already
    ],
)
def test_other_choices_are_left_as_written(text: str) -> None:
    assert as_choice(text, _characters) == text


def test_the_choice_is_put_to_the_subject() -> None:
    assert (
        as_choice("kit connor: nick or charlie?", _characters) == "who does kit connor play, nick or charlie?"
    )
