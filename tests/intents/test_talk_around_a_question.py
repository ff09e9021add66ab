"""Talk around a fan's question that must not change what it asks: a part of a show the fan rewatched is no
title, a feeling run on after a comma is no question, "that's" is "that is", and a role still to come is
asked as the role. Invented world beside the seed facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from intents.understand.role_in_show import future_role


async def test_a_scene_the_fan_rewatched_is_no_title(fans: QuestionEngine) -> None:
    answer = await fans.answer("i just rewatched the lighthouse scene. who plays ines?")
    assert "Priya Castellan" in answer.text


def test_a_feeling_after_a_comma_is_no_part_of_the_question() -> None:
    asked, said = question_part("when did season 1 come out again, feels like forever ago")
    assert asked == "when did season 1 come out again"
    assert said == "feels like forever ago"


async def test_thats_in_a_description_reads_as_that_is(fans: QuestionEngine) -> None:
    answer = await fans.answer("who stars in the show that's coming out june 10")
    assert "Tobias Grell" in answer.text


async def test_a_role_still_to_come_is_asked_as_the_role(fans: QuestionEngine) -> None:
    answer = await fans.answer("what is priya castellan going to play in the quiet orchard")
    assert "Ines Marr" in answer.text


async def test_who_will_play_a_character_asks_who_plays_them(fans: QuestionEngine) -> None:
    answer = await fans.answer("who is going to play marisol in season 2")
    assert "Tobias Grell" in answer.text


def test_two_questions_joined_are_no_future_role() -> None:
    words = "what is it called and what part does he play".split()
    assert future_role(words) == words


async def test_he_who_plays_a_character_is_the_actor_the_talk_named(fans: QuestionEngine) -> None:
    answer = await fans.answer("my mom thinks tobias grell plays ines marr. he plays marisol right?")
    assert answer.text.startswith("Yes")


def test_talk_before_but_goes_with_the_talk() -> None:
    asked, said = question_part("not sure if this is the right channel but when's hs3")
    assert asked.startswith("when's hs3")
    assert "right channel" in said


async def test_what_someone_has_got_coming_up_is_their_shows(fans: QuestionEngine) -> None:
    answer = await fans.answer("what's lena sorvik got coming up")
    assert "The Quiet Orchard" in answer.text


async def test_a_claim_someone_keeps_saying_is_what_a_bare_check_asks(fans: QuestionEngine) -> None:
    answer = await fans.answer("my friend keeps saying wendell harp directed the quiet orchard. true?")
    assert answer.text.startswith("No")


def test_a_request_handing_a_question_keeps_the_choice_after_its_dash() -> None:
    asked, _ = question_part("tell me which is first — hs3 or agatha all along?")
    assert asked.startswith("which is first") and asked.endswith("agatha all along?")


async def test_a_choice_after_a_dash_is_answered_for_tell_me_which(engine: QuestionEngine) -> None:
    answer = await engine.answer("tell me which is first — hs3 or agatha all along? thx!!")
    assert answer.text.startswith("Agatha All Along")
