"""A full name nobody knows opening with a given name, anywhere in a message that names a known show ("sarah
harris heartstopper cameo??", "is sarah harris in season 3 of heartstopper"), is whom the message asks of:
no facts about them, and the follow-ups stay with them, never the show's facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_name_before_a_show_and_a_noun_is_someone_unknown(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Sarah Harris heartstopper cameo??", "is that confirmed")
    assert answer.text.startswith("I don't have facts about Sarah Harris"), answer.text


async def test_a_did_you_mean_becomes_no_facts_about_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is sarah harris in season 3 of heartstopper", "what episode")
    assert answer.text.startswith("I don't have facts about Sarah Harris"), answer.text


async def test_a_known_person_beside_the_show_is_still_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is kit connor in season 3 of heartstopper")
    assert "Kit Connor" in answer.text


async def test_a_given_name_without_a_gender_still_opens_a_full_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Priya Harris heartstopper cameo??", "is that confirmed")
    assert answer.text.startswith("I don't have facts about Priya Harris"), answer.text
