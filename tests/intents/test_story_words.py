"""The fan's own story around a question is never a title nor a name: an amount of time ("i've been a critic
for about fifteen years"), what someone reckons, fans' words for the cast ("one of the lads")."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.more_ordinary_words import MORE_ORDINARY_WORDS
from intents.time_talk import amount_of_time
from intents.title_evidence import Talk, talk_in_title_place

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


def test_a_number_and_a_unit_of_time_is_an_amount() -> None:
    assert amount_of_time(["fifteen", "years", "and"])
    assert amount_of_time(["20", "minutes"])
    assert not amount_of_time(["fifteen"])  # a title may be a number word alone
    assert not amount_of_time(["the", "years"])
    assert not amount_of_time(["one", "day"])  # "who plays the lead in one day": a title


async def test_an_amount_of_time_in_chatter_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "I've been watching tv for about thirty years and this one got me. what's the rotten tomatoes "
        "critics score?",
        now=BEFORE,
    )
    assert answer.kind == "answer" and "98%" in answer.text


def test_what_someone_reckons_and_the_lads_are_everyday_words() -> None:
    assert {"reckon", "lads", "lad"} <= MORE_ORDINARY_WORDS


def test_a_pronoun_object_and_its_preposition_are_talk() -> None:
    assert talk_in_title_place(["it", "into", "a", "tv", "show"]) is Talk.POINTED
    assert talk_in_title_place(["it", "follows"]) is None  # a title of its own


async def test_made_it_into_a_show_names_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "the author of the heartstopper books made it into a tv show, what streaming service is it on",
        now=BEFORE,
    )
    assert "Netflix" in answer.text and "I don't have facts about" not in answer.text


def test_a_part_of_a_show_in_everyday_words_is_talk() -> None:
    assert talk_in_title_place(["the", "big", "finale"]) is Talk.POINTED
    assert talk_in_title_place(["the", "bear", "finale"]) is None  # a title's own word before it
