"""Which words of a fan's message ask: remarks run on after a question, greetings before it, a dash, a
"but" after a few words of talk, questions to the other fans, list numbers; and numbers after a title."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.asking import question_part

NOW = dt.datetime(2024, 9, 12, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("what else has euros lyn directed lol i feel so dumb for asking", "Doctor Who"),  # a remark run on
        (
            "Hi hi. So, um, what else has euros lyn directed? Sorry I'm shy",
            "Doctor Who",
        ),  # greetings, a remark
        ("what network is heartstopper on - asking because i just read the books", "Netflix"),  # a dash
        ("what else has euros lyn worked on, i can never remember", "Doctor Who"),  # a remark after a comma
        ("not to bother anyone but newberry other shows? thanks in advance", "Shetland"),  # a clause of talk
        ("kit connor heartstopper role? (sorry if this was answered before)", "Nick Nelson"),  # brackets
        ("what else is the guy who plays charlie spring in (asking for trivia)", "Agatha All Along"),
        # a purpose clause around the question is talk, not cut from it
        (
            "ugh. so i'm doing a heartstopper quiz for my friends and family. "
            "what were its bafta nominations?",
            "Memorable Moment",
        ),
        # a question to the other fans is not for Marquee
        (
            "when's heartstopper s3 coming out? also has anyone seen the bts pics? they're so cute",
            "October 3, 2024",
        ),
        # after sentences of talk, an unmarked last sentence asks
        (
            "Hello there! My daughter and I have been watching a lot of television together and we could not "
            "settle something between us. s3 drop date pls",
            "October 3, 2024",
        ),
    ],
)
async def test_talk_around_a_question_is_left_out(engine: QuestionEngine, message: str, said: str) -> None:
    answer = await engine.answer(message, now=NOW)
    assert said in answer.text, answer.text


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("lol ok random but is olivia colman in heartstopper", "Yes"),  # "but" after a few words opens it
        ("this is probably a long shot but is tobie donovan still in heartstopper? i love him??", "Yes"),
        ("sorry for my english. did andy newberry direct doctor who? thank you", "No"),
        (
            "omg hiii everyone hope ur all doing amazing 💖💖 so did heartstopper get an emmy nomination??",
            "No",
        ),
        # a capitalised question word starts a sentence without marks
        ("My nephew showed me Heartstopper and I liked it a lot to be honest Is Olivia Colman in it", "Yes"),
    ],
)
async def test_talk_around_a_yes_or_no_question_is_left_out(
    engine: QuestionEngine, message: str, verdict: str
) -> None:
    answer = await engine.answer(message, now=NOW)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("who plays nick and i blanked", "who plays nick"),
        (
            "hello! does anyone know which came first, agatha all along or heartstopper s3?",
            "which came first, agatha all along or heartstopper s3?",  # what follows the comma is kept
        ),
        (
            "hiya my nan watches heartstopper every week who wrote it she wants to read the books",
            "who wrote it",
        ),
        ("would you be so kind as to tell me its premiere date", "its premiere date"),  # a request to tell
    ],
)
def test_the_words_that_ask_are_picked_from_the_message(message: str, asked: str) -> None:
    assert question_part(message)[0] == asked


def test_a_request_to_tell_if_keeps_its_yes_or_no_question() -> None:
    assert question_part("could you tell me if heartstopper is on netflix")[0].startswith("could you")


@pytest.mark.parametrize(
    "message",
    [
        "who's in i think you should leave",  # an "i" where a title may start
        "the series kathryn hahn is in is on which network?",  # its question follows a preposition
        "the last of us or heartstopper, which came out first?",  # a title before a comma
        "ok so agatha all along or heartstopper s3 - which is sooner",  # openers before a topic
        "who directed heartstopper, i mean season 3",  # a correction after a comma
    ],
)
def test_a_message_with_no_talk_around_its_question_is_kept_whole(message: str) -> None:
    assert question_part(message) == (message, "")


async def test_a_topic_before_a_dash_stays_with_its_question(engine: QuestionEngine) -> None:
    message = "hello! does anyone know agatha all along or heartstopper s3 - which is sooner"
    answer = await engine.answer(message, now=NOW)
    assert answer.text.startswith("Agatha All Along comes first")


async def test_a_number_right_after_a_title_is_its_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper 3 out", now=NOW)
    assert answer.text.startswith("No") and "October 3, 2024" in answer.text


async def test_a_number_that_counts_after_a_title_is_no_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper 3 baftas", now=NOW)
    assert answer.intent == "awards"


async def test_list_numbers_split_two_questions(engine: QuestionEngine) -> None:
    answer = await engine.answer("1) when is heartstopper s3 out 2) who directs it", now=NOW)
    assert "October 3, 2024" in answer.text and "Andy Newberry" in answer.text


async def test_and_on_which_network_asks_a_second_question(engine: QuestionEngine) -> None:
    answer = await engine.answer("who created heartstopper and on which network does it air", now=NOW)
    assert "Alice Osman" in answer.text and "Netflix" in answer.text


async def test_he_stands_for_the_description_the_words_before_end_with(engine: QuestionEngine) -> None:
    message = (
        "ok so ive been trying to remember this for ages and its driving me crazy the guy who directed all "
        "of heartstopper seasons 1 and 2 what else has he done"
    )
    answer = await engine.answer(message, now=NOW)
    assert "Torchwood" in answer.text


async def test_yet_with_a_network_asks_whether_it_is_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("is agatha on disney plus yet", now=NOW)
    assert answer.text.startswith("No") and "September 18, 2024" in answer.text


async def test_now_with_a_network_and_no_season_asks_where_it_is(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper on netflix now", now=NOW)
    assert answer.text.startswith("Yes")


async def test_do_you_know_when_asks_when_not_yes_or_no(engine: QuestionEngine) -> None:
    message = "My son is very excited about the new season of Heartstopper. Do you know when it starts?"
    answer = await engine.answer(message, now=NOW)
    assert answer.text.startswith("Heartstopper season 3 premieres")


async def test_do_you_know_if_still_asks_yes_or_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("do you know if heartstopper s3 is out", now=NOW)
    assert answer.text.startswith("No")


async def test_the_season_said_before_the_question_is_its_season(engine: QuestionEngine) -> None:
    message = "Hello. I am writing about the third season of Heartstopper. Could you tell me who directed it?"
    answer = await engine.answer(message, now=NOW)
    assert answer.answers[:1] == ("Andy Newberry",)
    assert "Euros Lyn" not in answer.text


async def test_a_question_about_another_season_keeps_its_own(engine: QuestionEngine) -> None:
    message = "I loved the first season of heartstopper so much. When does the next one come out?"
    answer = await engine.answer(message, now=NOW)
    assert "October 3, 2024" in answer.text


async def test_talk_before_a_colon_is_no_topic(engine: QuestionEngine) -> None:
    message = (
        "sorry for spamming the channel today, last one i promise: who's directing heartstopper season 3?"
    )
    answer = await engine.answer(message, now=NOW)
    assert answer.answers[:1] == ("Andy Newberry",)


async def test_were_is_never_read_as_where(engine: QuestionEngine) -> None:
    answer = await engine.answer("what were heartstopper's bafta nominations", now=NOW)
    assert answer.intent == "awards"


async def test_those_two_seasons_are_the_seasons_said_before(engine: QuestionEngine) -> None:
    message = (
        "ok so honestly i think heartstopper season 2 beat season 1. anyway who directed those two seasons?"
    )
    answer = await engine.answer(message, now=NOW)
    assert answer.answers[:1] == ("Euros Lyn",)


async def test_who_plays_two_characters_answers_each(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays nick n charlie", now=NOW)
    assert "Kit Connor" in answer.text and "Joe Locke" in answer.text


async def test_the_show_with_two_characters_is_asked_about_once(engine: QuestionEngine) -> None:
    answer = await engine.answer("what network is the show with nick and charlie on", now=NOW)
    assert answer.text.count("Netflix") == 1


async def test_the_main_actress_asks_who_stars(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's the main actress in agatha all along", now=NOW)
    assert answer.intent == "cast"


def test_a_closing_without_a_mark_before_it_is_left_out() -> None:
    message = "I am writing about Heartstopper would you tell me its premiere date Kind regards Margaret"
    assert "Margaret" not in question_part(message)[0]


def test_a_doubled_s_is_a_misspelling() -> None:
    from intents.understand.normalize import _relation_word

    assert _relation_word("episodess", frozenset()) == "episodes"
    assert _relation_word("producers", frozenset()) == "producers"
