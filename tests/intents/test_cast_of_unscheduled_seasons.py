"""Someone checked in a season with no premiere yet, when the cast is credited to the show (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_season_after_every_dated_one_is_not_known_even_for_a_lead(engine: QuestionEngine) -> None:
    # fanq45: "is anna sawai coming back for shogun s2" was "Yes, as far as my facts go".
    answer = await engine.answer("is joe locke back for heartstopper season 4")
    assert answer.text.startswith("I don't know whether Joe Locke is in Heartstopper season 4")
    assert "Charlie Spring" in answer.text


async def test_a_dated_season_is_still_yes_for_a_lead(engine: QuestionEngine) -> None:
    answer = await engine.answer("is joe locke in heartstopper season 3")
    assert answer.text.startswith("Yes, as far as my facts go")
