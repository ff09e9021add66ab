"""False claims answered "No" first with the fact that decides them (a credit said flat, a title credited to
someone else, a parent show nobody holds), and a day asked when only the year is held (branch fanq14)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_credit_said_flat_is_checked(fans: QuestionEngine) -> None:
    answer = await fans.answer("kit connor plays charlie")
    assert answer.text.startswith("No") and "Joe Locke" in answer.text


async def test_a_statement_about_oneself_is_no_claim_to_check(fans: QuestionEngine) -> None:
    answer = await fans.answer("i watched heartstopper")
    assert not answer.text.startswith(("Yes", "No"))


async def test_a_title_from_someone_elses_credits_names_its_holder(fans: QuestionEngine) -> None:
    answer = await fans.answer("newberry did doctor who right")
    assert answer.text.startswith("No") and "Euros Lyn worked on Doctor Who" in answer.text


async def test_a_spin_off_of_a_show_nobody_holds_is_no_with_the_real_parent(fans: QuestionEngine) -> None:
    answer = await fans.answer("is agatha all along a spin-off of loki?")
    assert answer.text == "No: Agatha All Along is a spin-off of WandaVision, not Loki."


async def test_a_day_asked_of_a_premiere_held_by_its_year_is_not_known(fans: QuestionEngine) -> None:
    answer = await fans.answer("what date did wandavision premiere exactly")
    assert answer.text.startswith("I don't know the exact date, only the year:") and "2021" in answer.text


async def test_how_many_books_an_author_wrote_is_not_known(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many heartstopper novels has alice osman written")
    assert answer.text.startswith("I don't have how many books Alice Osman has written")


async def test_i_would_folded_to_id_is_no_title_nobody_knows(fans: QuestionEngine) -> None:
    answer = await fans.answer("is andy newberry known for anything i'd have seen")
    assert answer.kind == "answer" and "Shetland" in answer.text


async def test_an_end_date_never_reported_is_not_passed_off_as_the_premiere(fans: QuestionEngine) -> None:
    answer = await fans.answer("when did wandavision end")
    assert answer.text.startswith("I don't have an end date for WandaVision") and "2021" in answer.text
