"""Follow-ups in fans' own phrasings: possessive titles, "what day", before or after, "the marvel one",
"what's he famous for", yes/no award questions, titles of ordinary words that Marquee doesn't know."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.possessives import drop_possessives
from intents.query import Conversation
from intents.understand.rephrase import rephrase
from tests.helpers import chat

DAY_BEFORE = dt.datetime(2024, 10, 2, 12, tzinfo=dt.UTC)  # the day before Heartstopper season 3


def test_a_possessive_s_leaves_the_name_but_not_a_title_holding_it() -> None:
    titles = {"greys anatomy", "the handmaids tale"}.__contains__
    assert drop_possessives("the wheel of time's rt score?", titles) == "the wheel of time rt score?"
    assert drop_possessives("who's in grey's anatomy", titles) == "who's in grey's anatomy"
    assert drop_possessives("is the handmaid's tale out", titles) == "is the handmaid's tale out"
    assert drop_possessives("what's it rated", titles) == "what's it rated"


def test_what_day_asks_when() -> None:
    assert rephrase("what day does it drop".split()) == "when exactly does it drop".split()
    asked = "when exactly is heartstopper season 3"
    assert rephrase("heartstopper season 3 what day".split()) == asked.split()
    assert rephrase("what day of the week is it".split())[0] == "when"
    assert rephrase("what is it about".split()) == "what is it about".split()


async def test_a_possessive_show_title_is_the_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper's rotten tomatoes score?")
    assert answer.kind == "answer" and "98%" in answer.text


async def test_what_day_after_a_show_gives_its_premiere(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is heartstopper season 3 on netflix?", "what day does it drop?")
    assert "2024-10-03" in answer.answers


async def test_before_or_after_compares_the_last_date_with_another_premiere(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "when is heartstopper season 3 out", "is that before or after agatha all along?"
    )
    assert answer.text.startswith("After") and "September 18, 2024" in answer.text


async def test_before_or_after_a_show_nobody_knows_says_so(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when is heartstopper season 3 out", "so before or after the bear?")
    assert answer.kind == "unknown" and "The Bear" in answer.text


async def test_the_marvel_one_is_the_show_whose_synopsis_says_marvel(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who does joe locke play in heartstopper?", "when does that come back", "and the marvel one?"
    )
    assert "2024-09-18" in answer.answers and "2024-10-03" not in answer.answers


async def test_the_disney_one_is_the_persons_show_on_that_network(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's joe locke in", "when does the disney+ one come out")
    assert "2024-09-18" in answer.answers


async def test_what_is_he_famous_for_asks_for_other_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper season 3", "what's he famous for?")
    assert "Shetland" in answer.text


async def test_what_has_he_directed_before_asks_for_other_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's andy newberry?", "what's he directed before")
    assert "Shetland" in answer.text and "Doctor Who" not in answer.text


async def test_a_yes_no_award_question_starts_with_yes_or_no(engine: QuestionEngine) -> None:
    won = await chat(engine, "who's in heartstopper", "did it win an emmy?")
    assert won.text.startswith("No")
    nominated = await chat(engine, "tell me about heartstopper", "any bafta nominations?")
    assert nominated.text.startswith("Yes")
    wins = await chat(engine, "tell me about heartstopper", "any wins?")
    assert wins.text.startswith("No")


async def test_where_is_another_show_streaming_asks_its_own_question(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in heartstopper", "ok and where's agatha all along streaming?")
    assert answer.answers[:1] == ("Disney+",)


async def test_titles_of_function_words_are_shows_marquee_does_not_know(engine: QuestionEngine) -> None:
    for question in ("who made this is us", "you cast?", "is you any good?"):
        answer = await chat(engine, question)
        assert answer.kind == "unknown" and "Heartstopper" not in answer.text, question
    follow = await chat(engine, "who made this is us", "when's it back?")
    assert follow.kind == "unknown" and "Heartstopper" not in follow.text


async def test_you_in_an_ordinary_question_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "can you tell me who's in heartstopper")
    assert answer.kind == "answer" and "Joe Locke" in answer.text


async def test_a_person_and_the_word_show_asks_for_their_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "name of joe locke's disney+ show pls")
    assert "Agatha All Along" in answer.text


async def test_which_was_first_names_the_earlier_of_the_last_two_dates(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "when is heartstopper season 3 out", "and agatha all along?", "which was first"
    )
    assert answer.text.startswith("Agatha All Along")


async def test_is_that_tomorrow_checks_the_last_date_against_today(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("when is heartstopper season 3 out", conversation, now=DAY_BEFORE)
    answer = await engine.answer("so that's tomorrow right?", conversation, now=DAY_BEFORE)
    assert answer.text.startswith("Yes")
    later = await engine.answer("is that today?", conversation, now=DAY_BEFORE)
    assert later.text.startswith("No")


async def test_what_time_says_the_facts_hold_only_the_day(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when is heartstopper season 3 out", "what time does it drop?")
    assert answer.text.startswith("I don't know what time") and "October 3, 2024" in answer.text


async def test_a_show_after_a_watching_verb_stays_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "anyone watching loki", "who's the lead in it?")
    assert answer.kind == "unknown" and "Loki" in answer.text


async def test_a_first_name_alone_is_the_conversations_person(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "what is kathryn hahn in?", "and kit connor?", "when is his show out", "and kathryn's?"
    )
    assert "2024-09-18" in answer.answers


async def test_watching_the_show_names_no_title(engine: QuestionEngine) -> None:
    unknown = await chat(engine, "anyone watching the boys", "who plays the main character")
    assert unknown.kind == "unknown" and "The Boys" in unknown.text
    known = await chat(engine, "i'm watching the show", "who's in it")
    assert "Joe Locke" in known.text
