"""The clause of a chatty message that asks: requests without a question word, sign-offs and chatter set
aside, a question that only points back at the request before it (intents.understand.asked_clause)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.asked_clause import Asking, asking_of, requested, settled
from intents.understand.asking import question_part

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def test_a_request_for_a_name_is_turned_into_the_question_it_holds() -> None:
    assert requested("we would love to know the name of the person who wrote it") == (
        "what is the name of the person who wrote it"
    )


def test_what_the_fan_cannot_remember_is_asked_for() -> None:
    assert requested("ugh i cant remember the date the finale airs") == "what is the date the finale airs"


def test_a_sign_off_opening_like_a_question_asks_nothing() -> None:
    assert asking_of("have a lovely evening")[0] is Asking.NOTHING
    assert asking_of("was chatting to my aunt earlier")[0] is Asking.NOTHING


async def test_a_request_between_a_greeting_and_a_sign_off_is_answered(engine: QuestionEngine) -> None:
    message = "evening all! would love to know the name of whoever created heartstopper. cheers and bye"
    answer = await engine.answer(message, now=BEFORE)
    assert "Osman" in answer.text


async def test_a_wondering_sentence_is_the_question_not_the_farewell_after_it(engine: QuestionEngine) -> None:
    message = "hey hey, hope you are all good. i was wondering who plays charlie in heartstopper. take care"
    answer = await engine.answer(message, now=BEFORE)
    assert answer.answers == ("Joe Locke",)


def test_chatter_before_an_emoji_and_a_turn_is_set_aside() -> None:
    message = "sorry for the spam, my dog chewed my charger 🐶 anyway who plays charlie in heartstopper?"
    asked, aside = question_part(message)
    assert asked.endswith("who plays charlie in heartstopper?")  # a leading "anyway" is read as a lead word
    assert "charger" not in asked and "charger" in aside


def test_a_question_pointing_back_answers_the_request_before_it() -> None:
    message = "i forgot the agatha all along premiere date. when was it again?"
    asked, _ = settled(message, "when was it again?", "i forgot the agatha all along premiere date.")
    assert asked == "what is the agatha all along premiere date"


async def test_a_question_held_after_a_story_is_answered(engine: QuestionEngine) -> None:
    message = "chatting with my aunt about heartstopper and we couldn't remember who directed s1. any idea"
    answer = await engine.answer(message, now=BEFORE)
    assert "Euros Lyn" in answer.text


@pytest.mark.parametrize(
    "message",
    [
        # pointing at things said before
        "So I read that Agatha All Along got a few Emmy noms? Which ones were they?",
        "the woman who wrote the books, what else has she done",  # a clause describing the subject
    ],
)
def test_a_message_whose_question_needs_the_words_before_is_kept_whole(message: str) -> None:
    assert settled(message, message, "") == (message, "")


def test_remarks_in_the_sentences_after_the_question_are_set_aside() -> None:
    asked, aside = question_part("who plays nick in heartstopper. that's all i wanted to know lol")
    assert asked == "who plays nick in heartstopper."
    assert "wanted" in aside


async def test_a_fans_remark_before_a_comma_is_set_aside_and_names_the_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("omg i just watched the season 3 trailer, when does it drop", now=BEFORE)
    assert "October 3, 2024" in answer.text


def test_a_bare_who_was_it_asks_the_question_the_sentence_before_holds() -> None:
    message = "my mates and i argued all night about who created agatha all along. who was it?"
    asked, _ = settled(message, "who was it?", "")
    assert asked == "who created agatha all along."


async def test_a_role_named_in_the_chatter_is_what_a_bare_did_asks(engine: QuestionEngine) -> None:
    message = "always get the directors of heartstopper confused lol. who did season 3?"
    answer = await engine.answer(message, now=BEFORE)
    assert "Andy Newberry" in answer.text


def test_a_question_with_its_own_verb_keeps_it_whatever_role_the_chatter_names() -> None:
    message = "the writers are geniuses. who did joe locke play"
    asked, _ = settled(message, "who did joe locke play", "the writers are geniuses.")
    assert asked == "who did joe locke play"


async def test_a_title_nobody_knows_before_a_comma_stays_the_subject(engine: QuestionEngine) -> None:
    answer = await engine.answer("just binged the bear on hulu, is there another season", now=BEFORE)
    assert answer.text.startswith("I don't have facts about The Bear")
