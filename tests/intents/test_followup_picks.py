"""Follow-ups that pick from the people an answer listed: "which one ..." asks who of them, and "the other
one" after one of a pair was picked means the one not picked."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_which_one_after_a_list_of_directors_asks_who_did_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who are the directors of heartstopper", "which one directed season 3")
    assert answer.answers[:1] == ("Andy Newberry",)


async def test_the_other_one_after_picking_from_a_pair_is_the_one_not_picked(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who are the directors of heartstopper", "which one directed season 3", "and the other one?"
    )
    assert "Euros Lyn" in answer.text and "Andy Newberry" not in answer.text


async def test_the_other_one_after_picking_from_a_cast_is_the_other_person_asked_about(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine, "who are the leads in heartstopper", "which one plays nick", "and the other one?"
    )
    assert "Charlie Spring" in answer.text
