"""Someone nobody knows beside a known show or person whose given name the given-names table lacks ("just
saw zephyr marlowe at a screening", "i think thats zephyr marlowe next to aubrey plaza"): two words that
are no everyday words, after the fan's talk or "that is", are a full name, so the reply says there are no
facts about them instead of the known show's."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_name_after_saw_beside_a_known_show_is_someone_unknown(engine: QuestionEngine) -> None:
    said = "just saw zephyr marlowe at a screening, they were talking about heartstopper?? are they involved"
    answer = await chat(engine, said)
    assert answer.text == "I don't have facts about Zephyr Marlowe.", answer.text


async def test_a_name_after_that_is_beside_a_known_person_is_someone_unknown(engine: QuestionEngine) -> None:
    said = "watching agatha all along trailer rn and i think thats zephyr marlowe next to aubrey plaza??"
    answer = await chat(engine, said, "is she in it or not")
    assert answer.text.startswith("I don't have facts about Zephyr Marlowe"), answer.text


async def test_everyday_words_after_saw_are_no_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "just saw the trailer for heartstopper, when does it come out")
    assert "October" in answer.text, answer.text
