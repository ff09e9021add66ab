"""A question someone else asked, told in the fan's story ("my coworker asked where she could watch it and i
said netflix"), is talk: the fan's own question after it is the one answered
(intents/understand/reported_asks.py, talk.after_chatty_clause)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.reported_asks import reports_a_question

NOW = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "first", "holds"),
    [
        (
            "so i was telling my coworker about this show and she asked where she could watch it and i said "
            "netflix but then i doubted myself, is heartstopper on netflix?",
            "Yes.",
            "Netflix",
        ),
        ("my coworker asked where to watch it, is heartstopper on netflix?", "Yes.", "Netflix"),
        ("my mum asked who directed it and i said euros lyn, but did he direct season 3 too?", "No", "Newbe"),
        ("my dad asked when the new season comes out and i had no idea, is it october 3?", "Yes.", "Oct"),
    ],
)
async def test_the_fans_own_question_after_a_reported_one_is_answered(
    engine: QuestionEngine, question: str, first: str, holds: str
) -> None:
    answer = await engine.answer(question, now=NOW, default_show="Heartstopper")
    assert answer.text.startswith(first)
    assert holds in answer.text


async def test_a_reported_question_with_nothing_after_it_is_still_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("my mum asked who plays nick, and i didn't know", now=NOW)
    assert "Kit Connor" in answer.text


@pytest.mark.parametrize(
    ("said", "reports"),
    [
        ("she asked where she could watch it and i said netflix", True),
        ("my little sister asked me who plays nick", True),
        ("my brother wondered if it is on netflix", True),
        ("i asked who directed it", False),
        ("does anyone know who directed it", False),
        ("she asked for the date", False),
    ],
)
def test_a_question_someone_else_asked_is_told_not_asked(said: str, reports: bool) -> None:
    assert reports_a_question(said) is reports
