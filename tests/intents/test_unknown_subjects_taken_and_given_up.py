"""When a name nobody knows becomes the thread's subject, and when a known one takes over: a title in a
title's place beside a known person ("i heard andy newberry directed zorblax park") is the subject, so "is
that true" next gets no other show's facts, and the words of that follow-up ("true") never take its place;
a part nobody knows ("who plays zorblax") stays the subject of "it", but a new question naming a known
character ("nvm, who plays nick") is answered of that character; a title a message opens with and sets
against a known show ("did zorblax come out before or after heartstopper", "zorblax vs heartstopper ...")
is the subject, the show its yardstick."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat, reply_texts


async def test_a_known_character_in_a_new_question_takes_over_from_a_part_nobody_knows(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who plays zorblax", "nvm, who plays nick")
    assert "Kit Connor" in answer.text, answer.text


async def test_a_first_name_alone_after_a_part_nobody_knows_is_no_known_character(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who plays zorblax", "and nick?")
    assert "Kit Connor" not in answer.text, answer.text


async def test_a_title_beside_a_known_director_is_the_subject(engine: QuestionEngine) -> None:
    texts = await reply_texts(engine, "i heard andy newberry directed zorblax park", "is that true")
    assert texts[1] == "I don't have facts about Zorblax Park.", texts


async def test_a_title_beside_a_known_writer_is_what_it_means(engine: QuestionEngine) -> None:
    answer = await chat(engine, "did alice oseman write the zorblax files?", "was it based on a book")
    assert "Heartstopper" not in answer.text, answer.text
    assert "Zorblax Files" in answer.text, answer.text


async def test_the_words_of_a_follow_up_never_replace_the_subject(engine: QuestionEngine) -> None:
    texts = await reply_texts(
        engine, "i heard andy newberry directed zorblax park", "is that true", "what episodes"
    )
    assert texts[2] == "I don't have facts about Zorblax Park.", texts


async def test_the_known_person_beside_the_title_is_still_he(engine: QuestionEngine) -> None:
    answer = await chat(engine, "i heard andy newberry directed zorblax park", "what else did he direct")
    assert "Shetland" in answer.text, answer.text


async def test_a_title_dated_against_a_known_show_is_the_subject(engine: QuestionEngine) -> None:
    texts = await reply_texts(engine, "did zorblax come out before or after heartstopper", "what year was it")
    # The comparison may name its yardstick ("..., so I can't compare it with Heartstopper"), never its facts.
    assert all(text.startswith("I don't have facts about Zorblax") for text in texts), texts
    assert all("2022" not in text and "October 3" not in text for text in texts), texts
    assert texts[1] == "I don't have facts about Zorblax.", texts


async def test_a_title_set_against_a_known_show_is_the_subject(engine: QuestionEngine) -> None:
    texts = await reply_texts(
        engine, "zorblax vs heartstopper which one is better", "which has more episodes"
    )
    # The comparison may name its yardstick ("..., so I can't compare it with Heartstopper"), never its facts.
    assert all(text.startswith("I don't have facts about Zorblax") for text in texts), texts
    assert all("episodes" not in text and "Netflix" not in text for text in texts), texts
    assert texts[1] == "I don't have facts about Zorblax.", texts


async def test_a_known_show_after_a_role_named_with_as_is_no_yardstick(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "did zorblax park win any emmys", "who is credited as story consultant on heartstopper"
    )
    assert "Lauren James" in answer.text, answer.text


async def test_a_message_with_no_words_after_a_title_nobody_knows_names_no_other_show(
    engine: QuestionEngine,
) -> None:
    texts = await reply_texts(engine, "when does zorblax park come out", "😭😭")
    assert texts[1] == "I didn't catch a question there.", texts


async def test_a_message_with_no_words_opening_a_thread_still_gives_an_example(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "😭😭")
    assert "Try" in answer.text, answer.text


async def test_vs_between_two_audiences_makes_no_yardstick_of_the_show(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "critics vs regular fans on hs, who likes it more according to rotten tomatoes"
    )
    assert "98%" in answer.text and "96%" in answer.text, answer.text
