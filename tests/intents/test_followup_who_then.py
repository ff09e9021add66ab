"""After a check about someone's credit is answered no, the reply says whose credit it is, and "who did then"
asks the same question of whoever holds it."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_never_credited_to_the_person_is_said_with_whose_credit_it_is(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who's directing heartstopper 3", "did he do doctor who")
    assert answer.text.startswith("No, Doctor Who isn't among Andy Newberry's credits")
    assert "Euros Lyn worked on Doctor Who" in answer.text


async def test_who_did_then_after_did_he_do_a_title_asks_who_worked_on_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's directing heartstopper 3", "did he do doctor who", "who did then")
    assert answer.text.startswith("Euros Lyn")
