"""A statement asked back ("the good place is on netflix right?", "qi is on netflix right?"): its subject,
before the auxiliary with nothing but what is said of it after, is a title nobody knows in a seed-only
database; the held show, "it" and a season said so are still answered."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_stated_before_its_auxiliary_gets_no_facts(engine: QuestionEngine) -> None:
    answer = await chat(engine, "the good place is on netflix right?")
    assert answer.text.startswith("I don't have facts about The Good Place"), answer.text


async def test_the_held_show_stated_before_its_auxiliary_is_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper is on netflix right?")
    assert answer.text.startswith("Yes") and "Netflix" in answer.text, answer.text


async def test_it_stated_before_its_auxiliary_is_the_show_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "it is on netflix right?")
    assert "Heartstopper" in answer.text, answer.text


async def test_a_season_said_of_after_a_bare_when_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is there any news on heartstopper season 3? like when it's out?")
    assert "October 3, 2024" in answer.text, answer.text
