"""A claim the fan states of a title nobody knows and asks to be confirmed ("zorblax park was written by
alice osman right", "zorblax park is from the same creator as heartstopper isn't it", "olivia colman is in
zorblax park right"): the title is the subject, never the known show named in the claim; the known person
named in it is still whom "she" means next."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat, reply_texts


async def test_a_title_stated_beside_a_known_show_is_the_subject(engine: QuestionEngine) -> None:
    texts = await reply_texts(
        engine, "zorblax park is from the same creator as heartstopper isn't it", "oh. then who made it"
    )
    assert texts == ["I don't have facts about Zorblax Park."] * 2, texts


async def test_a_title_stated_beside_a_known_writer_is_the_subject(engine: QuestionEngine) -> None:
    texts = await reply_texts(engine, "zorblax park was written by alice osman right", "when did it come out")
    assert texts == ["I don't have facts about Zorblax Park."] * 2, texts


async def test_the_known_writer_of_the_claim_is_still_she(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "zorblax park was written by alice osman right", "what else did she write then"
    )
    assert "Alice Osman" in answer.text, answer.text


async def test_a_title_a_known_actor_is_said_to_be_in_is_the_subject(engine: QuestionEngine) -> None:
    texts = await reply_texts(engine, "olivia colman is in zorblax park right", "what's her role")
    assert texts == ["I don't have facts about Zorblax Park."] * 2, texts


async def test_a_claim_of_a_known_show_is_still_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper was written by alice osman right")
    assert answer.text.startswith("Yes, Alice Osman"), answer.text


async def test_someone_nobody_knows_claimed_with_a_past_verb_is_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "zorblax quinn auditioned for nick nelson right")
    assert answer.text.startswith("I don't have facts about Zorblax Quinn"), answer.text
