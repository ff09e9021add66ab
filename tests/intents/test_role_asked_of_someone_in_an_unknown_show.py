"""Someone known asked of in a show nobody knows ("is kit connor in rocketman"), then their part asked with a
pronoun ("who does he play"): the part in that show, so "I don't have facts about Rocketman", never his role
in Heartstopper; "what else is he in" and a part asked in a named known show are still his facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.query import Conversation


async def test_a_part_asked_by_pronoun_is_in_the_unknown_show(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("is kit connor in rocketman", conversation)
    answer = await engine.answer("who does he play", conversation)
    assert answer.text.startswith("I don't have facts about Rocketman")
    assert "Nick Nelson" not in answer.text


async def test_a_part_in_a_named_known_show_is_still_told(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("is kit connor in rocketman", conversation)
    answer = await engine.answer("who does he play in heartstopper", conversation)
    assert "Nick Nelson" in answer.text


async def test_other_work_asked_by_pronoun_is_still_the_persons(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("is kit connor in rocketman", conversation)
    answer = await engine.answer("what else is he in", conversation)
    assert "Kit Connor" in answer.text
