"""Questions about what a person is doing or does in a show, whoever they are (invented people of
followup_world), and a joke taken back after a question asked."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.asking import question_part

NOW = dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC)


async def test_an_unknown_name_asked_what_they_are_filming_has_no_facts(world: QuestionEngine) -> None:
    answer = await world.answer("what is marlow pendrake filming right now", now=NOW)
    assert answer.text.startswith("I don't have facts about Marlow Pendrake")


async def test_an_unknown_name_asked_about_new_shows_has_no_facts(world: QuestionEngine) -> None:
    answer = await world.answer("is orrin castellane in any new shows", now=NOW)
    assert answer.text.startswith("I don't have facts about Orrin Castellane")


async def test_a_known_person_asked_what_they_are_up_to_gets_their_work(world: QuestionEngine) -> None:
    answer = await world.answer("what has mara quillon been up to lately", now=NOW)
    assert answer.kind == "answer" and "Glass Orchard" in answer.text


async def test_what_a_person_does_on_a_named_show_is_their_role(world: QuestionEngine) -> None:
    answer = await world.answer("nadia ferris copper lanterns what does she do on the show", now=NOW)
    assert "Wren Hale" in answer.text


def test_a_joke_taken_back_after_a_question_leaves_the_question() -> None:
    asked, _ = question_part("when does it come out? need to know now jk mum if you're reading this")
    assert asked.startswith("when does it come out")
