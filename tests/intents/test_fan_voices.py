"""Fans' questions as fans write them: which sentence of a chatty message asks, pronouns that point at a
name said around the question, out-yet questions answered against the clock."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.asking import question_part

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)
AFTER = dt.datetime(2024, 10, 20, 12, tzinfo=dt.UTC)


def test_a_question_that_asks_nothing_itself_asks_about_the_sentence_before() -> None:
    message = "My friend and I argued all evening about who directed season 3 of heartstopper. Any idea?"
    assert question_part(message)[0] == "who directed season 3 of heartstopper."


async def test_could_you_settle_it_answers_the_question_said_before_it(engine: QuestionEngine) -> None:
    message = (
        "Good afternoon. My brother and I were chatting about Heartstopper. We disagree on who plays "
        "Nick. Could you settle it?"
    )
    answer = await engine.answer(message, now=BEFORE)
    assert answer.answers[:1] == ("Kit Connor",)


def test_a_question_held_in_a_statement_is_what_is_asked() -> None:
    message = (
        "Sorry for writing so much. My nephew keeps talking about heartstopper all the time. He would "
        "like to know when the next season begins. Thank you kindly."
    )
    assert question_part(message)[0] == "when the next season begins."


def test_a_remark_after_a_short_question_is_no_part_of_it() -> None:
    asked, aside = question_part("is the new season out??? i keep seeing spoilers")
    assert asked == "is the new season out???"
    assert aside == "i keep seeing spoilers"


def test_a_second_sentence_that_asks_too_keeps_the_short_message_whole() -> None:
    message = "heartstopper s3. when?"
    assert question_part(message) == (message, "")


def test_the_fans_own_alternative_is_no_part_of_the_question() -> None:
    assert question_part("is season three out yet or am i too early")[0] == "is season three out yet"
    assert question_part("is it on netflix already, or do i have to wait")[0] == "is it on netflix already"


def test_a_sentence_ending_in_its_question_word_beats_a_remark_asked_back() -> None:
    message = "Quick question (sorry!!): Heartstopper season 3 comes out when? I thought it was September?"
    assert question_part(message)[0].endswith("comes out when?")


def test_a_joke_taken_back_keeps_what_came_before_as_an_aside() -> None:
    message = "we're throwing a heartstopper party lol. what cake should we get... jk just tell me the date"
    asked, aside = question_part(message)
    assert asked == "just tell me the date"
    assert "heartstopper" in aside


async def test_he_means_the_person_named_in_the_sentence_before(engine: QuestionEngine) -> None:
    message = "ok so i finally watched the new trailer and joe locke looked great in it. what else is he in?"
    answer = await engine.answer(message, now=BEFORE)
    assert "Agatha All Along" in answer.text


async def test_he_after_a_description_in_the_question_means_the_one_described(engine: QuestionEngine) -> None:
    message = (
        "this has bugged me for ages, honestly. the guy who directed every episode of heartstopper "
        "seasons 1 and 2, what else has he done?"
    )
    answer = await engine.answer(message, now=BEFORE)
    assert "Doctor Who" in answer.text


async def test_can_i_watch_it_already_is_answered_against_the_clock(engine: QuestionEngine) -> None:
    before = await engine.answer("can i watch the new heartstopper season already", now=BEFORE)
    after = await engine.answer("can i watch the new heartstopper season already", now=AFTER)
    assert before.text.startswith("No") and "October 3, 2024" in before.text
    assert after.text.startswith("Yes")


async def test_tonight_asks_whether_it_is_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("can i watch heartstopper s3 tonight", now=BEFORE)
    assert answer.text.startswith("No")


async def test_on_its_network_now_asks_whether_the_season_is_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper season 3 on netflix now", now=BEFORE)
    assert answer.text.startswith("No") and "October 3, 2024" in answer.text


async def test_on_another_network_now_is_a_no_about_the_network(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper season 3 on hulu now", now=AFTER)
    assert answer.text.startswith("No")
    assert "Netflix" in answer.text


async def test_are_the_new_episodes_out_asks_whether_they_are_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("are the new heartstopper episodes out", now=BEFORE)
    assert answer.text.startswith("No")


@pytest.mark.parametrize(
    ("question", "work"),
    [
        # a portion of the work
        (
            "what else has the director of all 16 episodes of heartstopper's first two seasons done",
            "Torchwood",
        ),
        # a role noun with any verb
        (
            "that director who did all the episodes of the first two heartstopper seasons, "
            "what else has he done",
            "Doctor Who",
        ),
    ],
)
async def test_the_work_a_director_did_describes_them(
    engine: QuestionEngine, question: str, work: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert work in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "when does the show joe locke is joining come out",  # the one that started last
        "when does the show where joe locke plays the mystery teen premiere",  # that character's
        "when is joe locke's marvel show out",
    ],
)
async def test_when_asks_the_date_of_a_show_described_by_its_star(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert "September 18, 2024" in answer.text


async def test_that_other_show_is_not_the_one_talked_about(engine: QuestionEngine) -> None:
    answer = await engine.answer("what's that other show joe locke is in", now=BEFORE)
    assert "Agatha All Along" in answer.text


async def test_a_role_held_on_a_show_describes_the_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("who created the show lauren james is a story consultant on", now=BEFORE)
    assert "Alice Osman" in answer.text


async def test_char_is_short_for_character(engine: QuestionEngine) -> None:
    answer = await engine.answer("kit connor char", now=BEFORE)
    assert "Nick Nelson" in answer.text


async def test_starts_is_never_read_as_stars(engine: QuestionEngine) -> None:
    answer = await engine.answer("when the new season of heartstopper starts", now=BEFORE)
    assert answer.intent == "premiere"


async def test_a_missing_fact_word_before_the_question_word_is_the_fans_not_asked(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("for a school project - who created heartstopper", now=BEFORE)
    assert answer.kind == "answer"
    assert "Alice Osman" in answer.text


async def test_a_missing_fact_asked_after_the_question_word_is_still_missing(engine: QuestionEngine) -> None:
    answer = await engine.answer("what school do charlie and nick go to", now=BEFORE)
    assert answer.text.startswith("I don't have")


async def test_when_with_out_at_the_end_asks_a_date_not_yes_or_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("i'm dying to know when heartstopper s3 comes out", now=BEFORE)
    assert answer.text.startswith("Heartstopper season 3 premieres")


async def test_whos_in_it_after_an_opinion_question_is_the_question(engine: QuestionEngine) -> None:
    message = "i know i know i'm late to the party but is heartstopper worth it? who's in it"
    answer = await engine.answer(message, now=BEFORE)
    assert "Kit Connor" in answer.text


async def test_the_show_two_people_star_in_is_one_they_share(engine: QuestionEngine) -> None:
    question = "who is the creator of the show kit connor and joe locke star in"
    answer = await engine.answer(question, now=BEFORE)
    assert "Alice Osman" in answer.text


async def test_the_name_of_the_show_where_someone_plays_a_character_is_that_show(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("what's the name of the show where kit connor plays nick", now=BEFORE)
    assert answer.answers[:1] == ("Heartstopper",)


async def test_a_show_described_inside_a_role_description_is_found_first(engine: QuestionEngine) -> None:
    question = "who is the director of the new season of the show based on alice oseman's books"
    answer = await engine.answer(question, now=BEFORE)
    assert "Andy Newberry" in answer.text
    assert answer.intent == "directors"
