"""A yes/no that opens by asking of someone nobody knows by full name ("did amy poehler write the heartstopper
books") is about that person: "I don't have facts about X", never the known show's writer or directors, and
"she" next still means X."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_an_unknown_person_asked_as_the_shows_writer_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did amy poehler write the heartstopper books")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Amy Poehler")
    assert "Alice" not in answer.text


async def test_she_after_it_is_still_the_unknown_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did amy poehler write the heartstopper books", "did she work on the show")
    assert answer.text.startswith("I don't have facts about Amy Poehler")


async def test_an_unknown_person_asked_as_a_director_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "does ayo edebiri direct any episodes of heartstopper season 3")
    assert answer.kind == "unknown" and "Andy Newberry" not in answer.text


async def test_the_known_writer_is_still_confirmed(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did alice osman write the heartstopper books")
    assert answer.kind == "answer" and answer.text.startswith("Yes")


async def test_an_unknown_person_checked_beside_a_known_actor_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did bryan cranston go to drama school with joe locke")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Bryan Cranston")


async def test_two_known_actors_checked_together_are_still_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is olivia colman in heartstopper")
    assert answer.kind == "answer" and answer.text.startswith("Yes")


async def test_a_check_opening_with_someone_unknown_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "pedro pascal directed heartstopper?")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Pedro Pascal")


async def test_a_check_opening_with_a_known_director_is_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "euros lyn directed heartstopper?")
    assert answer.kind == "answer" and answer.text.startswith("Yes")


async def test_a_question_opening_with_no_name_is_read_as_before(engine: QuestionEngine) -> None:
    answer = await chat(engine, "As of today, has Heartstopper Season 3 premiered?")
    assert answer.kind == "answer" and "October 3, 2024" in answer.text
