"""Choices fans offer between two people by a title, premieres placed against a holiday, and a holiday
before a show's shorthand read as a day (branch fanq14)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_title_between_two_surnames_picks_the_one_credited(fans: QuestionEngine) -> None:
    answer = await fans.answer("who did torchwood, lyn or newberry")
    assert answer.text.startswith("Euros Lyn:")


async def test_a_title_then_two_surnames_picks_the_one_credited(fans: QuestionEngine) -> None:
    answer = await fans.answer("shetland: lyn or newberry?")
    assert answer.text.startswith("Andy Newberry:")


async def test_a_title_both_hold_is_no_choice_by_credit(fans: QuestionEngine) -> None:
    answer = await fans.answer("who directed more heartstopper episodes, lyn or newberry")
    assert "Lyn" in answer.text and "16" in answer.text


async def test_before_or_after_a_holiday_places_one_premiere(fans: QuestionEngine) -> None:
    answer = await fans.answer("hs3 before or after halloween?")
    assert answer.text.startswith("Before:") and "28 days" in answer.text


async def test_a_holiday_before_a_shorthand_leaves_the_shorthand_linked(fans: QuestionEngine) -> None:
    answer = await fans.answer("which is closer to halloween, agatha or hs3")
    assert answer.text.startswith("Heartstopper season 3 is closer to Halloween")


async def test_a_holiday_film_asked_alone_is_still_unknown(fans: QuestionEngine) -> None:
    answer = await fans.answer("is halloween on netflix")
    assert answer.kind == "unknown" and "Halloween" in answer.text


async def test_a_claim_about_one_person_then_another_is_no_choice(fans: QuestionEngine) -> None:
    answer = await fans.answer("Is Kit Connor in Agatha All Along too, or just Joe Locke?")
    assert answer.text.startswith("No")


async def test_two_holidays_offered_name_the_one_nearer_the_premiere(fans: QuestionEngine) -> None:
    answer = await fans.answer("is hs3 closer to halloween or christmas")
    assert answer.text.startswith("Halloween:")
