"""Yes/no checks whose claim is false or only speculation (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_spin_off_of_a_show_nobody_knows_is_denied_with_the_real_parent(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("is agatha all along a spin-off of loki")
    assert answer.text.startswith("No") and "WandaVision" in answer.text


async def test_a_role_asked_as_confirmed_is_checked_as_played(engine: QuestionEngine) -> None:
    answer = await engine.answer("so joe locke is confirmed as wiccan?")
    assert answer.text.startswith("No") and "Mystery Teen" in answer.text


async def test_a_held_role_asked_as_cast_is_confirmed(engine: QuestionEngine) -> None:
    answer = await engine.answer("is kit connor cast as nick nelson")
    assert answer.text.startswith("Yes") and "Nick Nelson" in answer.text


async def test_is_it_confirmed_that_checks_the_claim_after_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("is it confirmed that euros lyn directs season 3")
    assert answer.text.startswith("No") and "Andy Newberry" in answer.text


async def test_someone_confirmed_for_a_show_they_are_not_in_is_denied(engine: QuestionEngine) -> None:
    answer = await engine.answer("is olivia colman confirmed for agatha all along")
    assert answer.text.startswith("No") and "Heartstopper" in answer.text
