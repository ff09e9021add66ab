"""Chains through a person described by their other work or a shared credit: "the guy who did X" (a verb
asserting no role, whatever noun "guy" is read as), a description naming two of their titles ("who directed
X and Y"), and a show "co-created" by someone (intents/understand/work_chains.py, chain_patterns.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.fitting_world import fitting, fitting_knowledge

__all__ = ["fitting", "fitting_knowledge"]


async def test_the_guy_who_did_a_title_is_whoever_worked_on_it(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("which streamer has the show from the dude who did lantern bay")
    assert "Peacock" in answer.text


async def test_a_description_may_name_two_of_their_titles(fitting: QuestionEngine) -> None:
    answer = await fitting.answer(
        "what network is the show from the woman who directed dust road and lantern bay"
    )
    assert "Peacock" in answer.text


async def test_a_show_co_created_by_someone_is_their_show(fans: QuestionEngine) -> None:
    answer = await fans.answer("who stars in the show co-created by wendell harp")
    assert "Priya Castellan" in answer.text
