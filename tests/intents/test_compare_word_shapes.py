"""Comparisons in more of fans' words: "more recently" asks for the later premiere, "wait less for" the
sooner one, a "bigger"/"smaller" cast counts its members, "won more" counts wins (not nominations), and "is X
or Y on N" asks which of them is (intents/understand/compare*.py, show_pairs.py). Invented shows."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.fitting_world import fitting, fitting_knowledge

__all__ = ["fitting", "fitting_knowledge"]


async def test_more_recently_names_the_later_premiere(fans: QuestionEngine) -> None:
    answer = await fans.answer("which premiered more recently, the last ferry or ember crossing s1")
    assert answer.text.startswith("Ember Crossing season 1 came later")


async def test_waiting_less_names_the_sooner_premiere(fans: QuestionEngine) -> None:
    answer = await fans.answer("which one did fans wait less for, ember crossing s1 or the last ferry")
    assert answer.text.startswith("The Last Ferry came first")


async def test_a_bigger_cast_is_the_one_with_more_members(fans: QuestionEngine) -> None:
    answer = await fans.answer("the quiet orchard or ember crossing: which has the bigger cast")
    assert answer.text.startswith("Ember Crossing has more")


async def test_a_smaller_cast_is_the_one_with_fewer_members(fans: QuestionEngine) -> None:
    answer = await fans.answer("which has a smaller cast, ember crossing or the quiet orchard")
    assert answer.text.startswith("The Quiet Orchard has fewer")


async def test_won_more_counts_wins_not_nominations(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("which show won more awards, heartstopper or copper fields")
    assert answer.text.startswith("Copper Fields has more")
    assert "award wins" in answer.text


async def test_is_one_or_the_other_on_a_network_names_which(fans: QuestionEngine) -> None:
    answer = await fans.answer("is the last ferry or ember crossing on hulu?")
    assert answer.text.startswith("Ember Crossing.")
