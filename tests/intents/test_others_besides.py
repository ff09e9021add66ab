"""Who else held a credit besides the person set aside: the others with that role, or, when there are none,
that said first rather than the set-aside person given as the answer."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_others_with_the_role_are_named(world: QuestionEngine) -> None:
    answer = await chat(world, "who else created copper lanterns besides mara quillon")
    assert answer.text.startswith("Besides Mara Quillon")
    assert answer.answers == ("Teodor Vance",)


async def test_nobody_else_is_said_first(world: QuestionEngine) -> None:
    answer = await chat(world, "apart from pia lindqvist, who else directed copper lanterns season 2?")
    assert answer.text.startswith("I don't have any other director of Copper Lanterns season 2")
    assert answer.answers == ()


async def test_several_people_are_set_aside_together(world: QuestionEngine) -> None:
    answer = await chat(world, "who else created copper lanterns besides mara quillon and teodor vance?")
    assert answer.text.startswith(
        "I don't have any other creator of Copper Lanterns besides Mara Quillon and"
    )
