"""Which words of a fan's message ask: remarks run on after a question, greetings before it, a dash, a
"but" after a few words of talk, questions to the other fans, list numbers; and numbers after a title."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.asking import question_part

NOW = dt.datetime(2024, 9, 12, 12, tzinfo=dt.UTC)


async def test_a_remark_run_on_after_a_question_is_no_part_of_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("what else has euros lyn directed lol i feel so dumb for asking", now=NOW)
    assert "Doctor Who" in answer.text
    assert question_part("who plays nick and i blanked")[0] == "who plays nick"


def test_an_i_where_a_title_may_start_is_kept() -> None:
    question = "who's in i think you should leave"
    assert question_part(question) == (question, "")


async def test_greetings_before_and_a_remark_after_a_short_question_are_left_out(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("Hi hi. So, um, what else has euros lyn directed? Sorry I'm shy", now=NOW)
    assert "Doctor Who" in answer.text


async def test_a_dash_ends_the_question_of_a_short_message(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "what network is heartstopper on - asking because i just read the books", now=NOW
    )
    assert "Netflix" in answer.text


async def test_a_topic_before_a_dash_stays_with_its_question(engine: QuestionEngine) -> None:
    message = "hello! does anyone know agatha all along or heartstopper s3 - which is sooner"
    answer = await engine.answer(message, now=NOW)
    assert answer.text.startswith("Agatha All Along comes first")


async def test_but_after_a_few_words_of_talk_opens_the_question(engine: QuestionEngine) -> None:
    answer = await engine.answer("lol ok random but is olivia colman in heartstopper", now=NOW)
    assert answer.text.startswith("Yes")


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


async def test_a_question_to_the_other_fans_is_not_for_marquee(engine: QuestionEngine) -> None:
    message = "when's heartstopper s3 coming out? also has anyone seen the bts pics? they're so cute"
    answer = await engine.answer(message, now=NOW)
    assert "October 3, 2024" in answer.text


async def test_a_statement_asked_back_is_weaker_than_a_question(engine: QuestionEngine) -> None:
    message = "this is probably a long shot but is tobie donovan still in heartstopper? i love him??"
    answer = await engine.answer(message, now=NOW)
    assert answer.text.startswith("Yes")


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


async def test_a_sentence_of_talk_before_a_short_question_is_left_out(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "sorry for my english. did andy newberry direct doctor who? thank you", now=NOW
    )
    assert answer.text.startswith("No")


async def test_a_clause_of_talk_before_a_marked_question_is_left_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("not to bother anyone but newberry other shows? thanks in advance", now=NOW)
    assert "Shetland" in answer.text


async def test_talk_in_brackets_is_no_part_of_the_question(engine: QuestionEngine) -> None:
    answer = await engine.answer("kit connor heartstopper role? (sorry if this was answered before)", now=NOW)
    assert "Nick Nelson" in answer.text


async def test_an_emoji_ends_a_clause_of_talk(engine: QuestionEngine) -> None:
    message = "omg hiii everyone hope ur all doing amazing 💖💖 so did heartstopper get an emmy nomination??"
    answer = await engine.answer(message, now=NOW)
    assert answer.text.startswith("No")


def test_a_question_before_a_comma_keeps_what_follows() -> None:
    message = "hello! does anyone know which came first, agatha all along or heartstopper s3?"
    assert question_part(message)[0] == "which came first, agatha all along or heartstopper s3?"


async def test_a_purpose_clause_is_not_cut_from_words_around_the_question(engine: QuestionEngine) -> None:
    message = (
        "ugh. so i'm doing a heartstopper quiz for my friends and family. what were its bafta nominations?"
    )
    answer = await engine.answer(message, now=NOW)
    assert "Memorable Moment" in answer.text


async def test_were_is_never_read_as_where(engine: QuestionEngine) -> None:
    answer = await engine.answer("what were heartstopper's bafta nominations", now=NOW)
    assert answer.intent == "awards"


def test_a_statement_whose_question_follows_a_preposition_holds_none() -> None:
    question = "the series kathryn hahn is in is on which network?"
    assert question_part(question) == (question, "")


def test_a_title_before_a_comma_is_no_talk() -> None:
    message = "the last of us or heartstopper, which came out first?"
    assert question_part(message) == (message, "")


def test_openers_before_a_topic_are_no_talk() -> None:
    message = "ok so agatha all along or heartstopper s3 - which is sooner"
    assert question_part(message) == (message, "")


async def test_a_remark_after_a_comma_is_no_part_of_the_question(engine: QuestionEngine) -> None:
    answer = await engine.answer("what else has euros lyn worked on, i can never remember", now=NOW)
    assert "Doctor Who" in answer.text


def test_a_correction_after_a_comma_is_kept() -> None:
    message = "who directed heartstopper, i mean season 3"
    assert question_part(message) == (message, "")


async def test_a_remark_in_brackets_opening_with_asking_is_left_out(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "what else is the guy who plays charlie spring in (asking for trivia)", now=NOW
    )
    assert "Agatha All Along" in answer.text


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


async def test_a_capitalised_question_word_starts_a_sentence_without_marks(engine: QuestionEngine) -> None:
    message = "My nephew showed me Heartstopper and I liked it a lot to be honest Is Olivia Colman in it"
    answer = await engine.answer(message, now=NOW)
    assert answer.text.startswith("Yes")


def test_what_someone_else_wants_after_the_question_is_no_part_of_it() -> None:
    message = "hiya my nan watches heartstopper every week who wrote it she wants to read the books"
    assert question_part(message)[0] == "who wrote it"


def test_a_request_to_tell_asks_for_what_it_names() -> None:
    assert question_part("would you be so kind as to tell me its premiere date")[0] == "its premiere date"
    assert question_part("could you tell me if heartstopper is on netflix")[0].startswith("could you")


def test_a_closing_without_a_mark_before_it_is_left_out() -> None:
    message = "I am writing about Heartstopper would you tell me its premiere date Kind regards Margaret"
    assert "Margaret" not in question_part(message)[0]


async def test_after_sentences_of_talk_an_unmarked_last_sentence_asks(engine: QuestionEngine) -> None:
    message = (
        "Hello there! My daughter and I have been watching a lot of television together and we could not "
        "settle something between us. s3 drop date pls"
    )
    answer = await engine.answer(message, now=NOW)
    assert "October 3, 2024" in answer.text


def test_a_doubled_s_is_a_misspelling() -> None:
    from intents.understand.normalize import _relation_word

    assert _relation_word("episodess", frozenset()) == "episodes"
    assert _relation_word("producers", frozenset()) == "producers"
