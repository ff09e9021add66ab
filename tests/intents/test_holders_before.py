"""Who held someone's role on a show before them: the holders whose seasons all come first."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_who_directed_before_someone_took_over(engine: QuestionEngine) -> None:
    answer = await engine.answer("who directed heartstopper before andy newberry took over", now=BEFORE)
    assert answer.text.startswith("Euros Lyn directed Heartstopper seasons 1–2, before Andy Newberry")


async def test_someone_described_by_other_work_is_read_first(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "who did the first two seasons before the shetland director took over", now=BEFORE
    )
    assert "Euros Lyn" in answer.text


async def test_no_role_asked_is_not_this_question(engine: QuestionEngine) -> None:
    answer = await engine.answer("who was in heartstopper before andy newberry", now=BEFORE)
    assert "before Andy Newberry (season 3)" not in answer.text
