"""Fans' shorthand and misspelt relation words (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_prev_work_asks_for_the_other_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("lyn prev work")
    assert "Doctor Who" in answer.text and "Torchwood" in answer.text


async def test_a_shows_leads_are_its_stars(engine: QuestionEngine) -> None:
    answer = await engine.answer("hs leads")
    assert answer.kind == "answer" and "Joe Locke" in answer.text and "Kit Connor" in answer.text


async def test_a_misspelt_platform_still_asks_where_to_watch(engine: QuestionEngine) -> None:
    answer = await engine.answer("wich plattform is agatha al along on")
    assert "Disney+" in answer.text


async def test_whos_someone_in_a_show_asks_whom_they_play(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's kit in hs")
    assert "Nick Nelson" in answer.text
