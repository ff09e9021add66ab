"""Shows and seasons described by what they spin off from, their premiere or a value, or named with a clause
that only confirms them, and a co-star asked as "acting opposite" (branch fanq14)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_show_a_spin_off_comes_from_is_its_parent(fans: QuestionEngine) -> None:
    answer = await fans.answer("when did the show agatha is spun off from come out")
    assert answer.text.startswith("WandaVision premiered")


async def test_a_spin_off_asked_what_it_spins_off_from_names_the_parent(fans: QuestionEngine) -> None:
    answer = await fans.answer("what does agatha all along spin off from")
    assert "spin-off of WandaVision" in answer.text


async def test_a_clause_putting_its_own_star_in_a_show_is_dropped(fans: QuestionEngine) -> None:
    answer = await fans.answer("when does the wandavision spin-off joe locke is in come out")
    assert answer.text.startswith("Agatha All Along premiered")


async def test_acting_opposite_someone_in_a_show_asks_its_cast(fans: QuestionEngine) -> None:
    answer = await fans.answer("who is joe locke acting opposite in agatha all along")
    assert "Kathryn Hahn" in answer.text


async def test_the_show_spun_off_from_another_is_its_one_spin_off(fans: QuestionEngine) -> None:
    answer = await fans.answer("who stars in the show that spun off from wandavision")
    assert answer.text.startswith("Agatha All Along stars")


async def test_a_parent_claimed_to_be_the_spin_off_is_the_other_way_round(fans: QuestionEngine) -> None:
    answer = await fans.answer("is wandavision a spinoff of agatha all along")
    assert answer.text.startswith("No, the other way round: Agatha All Along is a spin-off of WandaVision")


async def test_a_season_described_by_its_premiere_month_is_that_season(fans: QuestionEngine) -> None:
    answer = await fans.answer("who directed the season that comes out in october")
    assert "Andy Newberry" in answer.text and "Euros Lyn" not in answer.text


async def test_a_show_described_by_the_score_it_holds_with_the(fans: QuestionEngine) -> None:
    answer = await fans.answer("who's in the show with the 98% critics score")
    assert answer.text.startswith("(That's Heartstopper.)")
