"""Chatter around a fan's question: greetings before a yes/no question, asides after it, a long message
without punctuation, fans' "rn"."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.asking import question_part

BEFORE = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


async def test_a_greeting_before_a_yes_no_question_keeps_it_yes_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("hey marquee, is heartstopper on netflix", now=BEFORE)
    assert answer.text.startswith("Yes")
    answer = await engine.answer("ngl i forgot, was heartstopper nominated for an emmy?", now=BEFORE)
    assert answer.text.startswith("No")


async def test_an_aside_after_the_question_is_not_a_name(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is alice oseman asking for a friend lol", now=BEFORE)
    assert answer.kind == "answer"
    assert "Friend" not in answer.text


async def test_rn_after_a_question_is_no_unknown_name(engine: QuestionEngine) -> None:
    answer = await engine.answer("what else has euros lyn worked on rn", now=BEFORE)
    assert "Doctor Who" in answer.text


async def test_a_long_chatty_message_without_punctuation_is_answered_from_its_question(
    engine: QuestionEngine,
) -> None:
    message = "hiya im rewatching heartstopper with my sister before s3 comes out who plays charlie again"
    answer = await engine.answer(message, now=BEFORE)
    assert answer.answers == ("Joe Locke",)


def test_a_long_question_without_chatter_is_not_cut() -> None:
    question = "the films that share actors with the film Harbour Lights were in which genres"
    assert question_part(question) == (question, "")


def test_a_sentence_of_thanks_or_marks_alone_is_not_the_question() -> None:
    message = "so I heard heartstopper is coming back soon and I am so excited, when does it start? thx? ??"
    asked, aside = question_part(message)
    assert asked == "when does it start?"
    assert "heartstopper" in aside


async def test_the_show_named_last_before_the_question_is_its_subject(engine: QuestionEngine) -> None:
    message = (
        "ngl my gf loves heartstopper and apparently the guy who plays charlie is going to be in agatha all "
        "along?? when does that come out"
    )
    answer = await engine.answer(message, now=BEFORE)
    assert "September 18, 2024" in answer.text


async def test_a_joke_taken_back_leaves_the_real_question(engine: QuestionEngine) -> None:
    message = (
        "my friends are having a heartstopper party. what snacks should we get... jk just tell me the date"
    )
    answer = await engine.answer(message, now=BEFORE)
    assert "October 3, 2024" in answer.text


async def test_y_slash_n_after_a_question_asks_yes_or_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("hs3 on netflix? y/n", now=BEFORE)
    assert answer.text.startswith("Yes")


async def test_fans_phrasings_of_relations_are_read(engine: QuestionEngine) -> None:
    answer = await engine.answer("which actor is playing nick in heartstopper", now=BEFORE)
    assert answer.answers == ("Kit Connor",)
    answer = await engine.answer("who does joe locke star opposite in agatha all along", now=BEFORE)
    assert "Kathryn Hahn" in answer.text
    answer = await engine.answer("which shows has andy newberry directed besides heartstopper", now=BEFORE)
    assert "Shetland" in answer.text
    answer = await engine.answer("hs szn count", now=BEFORE)
    assert answer.intent == "seasons"


async def test_the_reason_for_asking_is_no_part_of_the_question(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "which service is heartstopper on so i can set it up for her visit", now=BEFORE
    )
    assert "Netflix" in answer.text
    assert "Visit" not in answer.text


def test_a_sign_off_is_not_part_of_the_question() -> None:
    message = "My daughter and I could not settle this at dinner. s3 drop date pls 🙏 Many thanks, Margaret"
    assert "Margaret" not in " ".join(question_part(message))


def test_a_clause_of_chatter_before_the_question_is_left_out() -> None:
    message = "hello all. sorry for spamming the channel today, last one i promise: who's directing hs3?"
    assert question_part(message)[0] == "who's directing hs3?"
    two_hop = (
        "ok so this drives me crazy. the guy who directed heartstopper s1 and s2, what else has he done?"
    )
    assert question_part(two_hop)[0].startswith("the guy who directed")


async def test_a_yes_no_tail_on_its_own_belongs_to_the_question(engine: QuestionEngine) -> None:
    message = (
        "I hope you are having a lovely day, my daughter has a question for you tonight. hs3 on netflix? y/n?"
    )
    answer = await engine.answer(message, now=BEFORE)
    assert answer.text.startswith("Yes")


def test_titles_holding_sign_off_or_possessive_words_are_not_chatter() -> None:
    for question in (
        "the movies that share actors with the movie [Love] are written by who",
        "the director of The Place Promised in Our Early Days also directed which films",
        "the movies that share actors with the movie My Blue Heaven are written by who",
    ):
        assert question_part(question) == (question, "")


def test_an_exclamation_after_the_question_is_not_the_question() -> None:
    message = "ok so who plays nick in heartstopper? what a legend honestly, i love him so much"
    assert question_part(message)[0] == "ok so who plays nick in heartstopper?"


async def test_or_not_after_a_question_keeps_it_yes_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("i'm so confused lol, is olivia colman in heartstopper or not", now=BEFORE)
    assert answer.text.startswith("Yes")
