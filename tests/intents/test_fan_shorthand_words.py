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


async def test_exactly_after_a_question_word_is_filler(engine: QuestionEngine) -> None:
    answer = await engine.answer("what exactly did euros lyn do on heartstopper")
    assert answer.text.startswith("Euros Lyn is the director of Heartstopper")


async def test_a_crew_credit_says_how_many_episodes_it_covers(engine: QuestionEngine) -> None:
    answer = await engine.answer("what did euros lyn do on heartstopper")
    assert "(seasons 1-2, 16 episodes)" in answer.text


async def test_a_seasons_crew_role_then_other_work_asks_about_that_person(engine: QuestionEngine) -> None:
    answer = await engine.answer("hs3 dir prev work")
    assert "Andy Newberry" in answer.text and "Shetland" in answer.text


async def test_a_seasons_crew_role_alone_still_asks_for_the_credit(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper season 3 director")
    assert answer.intent == "directors"
