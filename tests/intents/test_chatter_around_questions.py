"""The fan's talk around a question names no show nobody knows: how big a fan they are, the kind of shows
recommended to them, a plea, a shrug, a sign-off with a laugh, their pets, what someone they name looks like
(seed facts, clock a month before the season 3 premiere; invented shows for a known person's looks)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.intents.fan_world import TODAY


@pytest.mark.parametrize(
    "message", ["Hi there! Big fan of this bot. is season 3 out?", "huge fan here! is season 3 out yet"]
)
async def test_how_big_a_fan_names_no_title(engine: QuestionEngine, message: str) -> None:
    answer = await engine.answer(message)
    assert "October 3, 2024" in answer.text, answer.text


async def test_a_kind_of_show_recommended_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "my doctor recommended comfort shows for my anxiety and this one was at the top of my list 🙂 is "
        "season 3 out"
    )
    assert "October 3, 2024" in answer.text, answer.text


async def test_asking_for_serious_answers_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("is season 3 out (serious answers only pls)")
    assert "October 3, 2024" in answer.text, answer.text


async def test_the_fans_pet_and_watch_buddy_name_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("my hamster is my official watch buddy 🐹 is season 3 out")
    assert "October 3, 2024" in answer.text, answer.text


async def test_a_yes_no_question_someone_is_said_to_ask_is_asked(engine: QuestionEngine) -> None:
    answer = await engine.answer("my dog Rex is my official watch buddy 🐶 he says is season 3 out")
    assert "October 3, 2024" in answer.text, answer.text


async def test_a_plea_before_a_check_leaves_the_check(engine: QuestionEngine) -> None:
    answer = await engine.answer("yall im begging on my knees here does yasmin finney play charlie spring")
    assert answer.text.startswith("No"), answer.text
    assert "Joe Locke" in answer.text


async def test_a_shrug_after_the_question_asks_no_choice(fans: QuestionEngine) -> None:
    answer = await fans.answer("heyy so like who created the quiet orchard or whatever", now=TODAY)
    assert "Wendell Harp" in answer.text, answer.text


async def test_a_sign_off_closed_by_a_laugh_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "what else is the guy who plays charlie spring in, greetings from the philippines 🇵🇭 hehe"
    )
    assert "Agatha All Along" in answer.text, answer.text


async def test_what_a_known_person_has_on_is_no_one_else(fans: QuestionEngine) -> None:
    answer = await fans.answer(
        "ok so hear me out: Tobias Grell with fairy wings. Ember Crossing. When does the final season come "
        "out?",
        now=TODAY,
    )
    assert "June 10, 2025" in answer.text, answer.text


@pytest.mark.parametrize("message", ["Kindly advise: is season 3 out", "kindly assist: is season 3 out yet?"])
async def test_a_request_set_off_before_the_question_is_no_title(
    engine: QuestionEngine, message: str
) -> None:
    answer = await engine.answer(message)
    assert "October 3, 2024" in answer.text, answer.text


async def test_the_fans_need_to_know_run_on_after_the_question_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "the guy directing the new heartstopper season, what's he known for i need to know before i fall "
        "asleep"
    )
    assert "Shetland" in answer.text, answer.text


async def test_asking_to_be_told_the_fan_is_not_losing_it_asks_no_fact(engine: QuestionEngine) -> None:
    answer = await engine.answer("who made hs ngl i forgot?? pls someone tell me im not losing it")
    assert "Alice Osman" in answer.text, answer.text


async def test_what_the_fan_is_doing_before_a_colon_states_no_claim(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "Asking here since the other server is dead: agatha all along disney plus date"
    )
    assert "September 18, 2024" in answer.text, answer.text


async def test_or_whatever_after_an_example_keeps_the_example(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("when did heartstopper first come out", conversation)
    answer = await engine.answer("what day was that, like monday or whatever", conversation)
    assert "Friday" in answer.text, answer.text
