"""False claims answered "No" first with the fact that decides them: a credit said flat, a title credited to
someone else, a parent show nobody holds (branch fanq14)."""

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
