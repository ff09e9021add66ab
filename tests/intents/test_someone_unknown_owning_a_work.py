"""Someone nobody knows named as the owner of a work in a message no reader understands ("my sister keeps
saying zephyr marlowe's new show is basically heartstopper 2.0, is that true"): the reply says there are no
facts about them, and "what's it called" next is never Heartstopper. A given name spelt like a known
person's surname opens someone else's name beside a known show ("just saw connor whitlam at a screening":
not Kit Connor by surname)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat

_CLAIM = "my sister keeps saying {}'s new show is basically heartstopper 2.0, is that true"


async def test_the_owner_of_a_new_show_is_whom_it_asks_of(engine: QuestionEngine) -> None:
    answer = await chat(engine, _CLAIM.format("zephyr marlowe"), "what's it called")
    assert answer.text.startswith("I don't have facts about Zephyr Marlowe"), answer.text


async def test_a_name_opening_with_a_known_surname_is_someone_else(engine: QuestionEngine) -> None:
    said = "just saw connor whitlam at a screening, they were talking about heartstopper?? are they involved"
    answer = await chat(engine, said)
    assert answer.text == "I don't have facts about Connor Whitlam.", answer.text


async def test_a_known_persons_new_show_is_not_someone_unknown(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's joe locke's new show")
    assert not answer.text.startswith("I don't have facts about"), answer.text
