"""One message about the picture the seed article reports (a behind-the-scenes photo of Heartstopper
season 3, posted by the official Netflix X account, showing Joe Locke and Kit Connor; intents/picture): what
it shows, who posted it where and when, its season, and claims about it checked."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from intents.engine import QuestionEngine
from intents.picture.phrasings import WHO_POSTED
from tests.helpers import chat

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)
POSTED_IT = "The official Netflix X account posted it"


@pytest.mark.parametrize(
    "question",
    [
        "wich acount posted the bts foto",
        "NOT ME SCREAMING AT THE BTS PIC 😭 ok but fr which account posted it",  # named in chatter first
        "hs3 bts pic who posted it",  # the picture named before the question
        "where was the hs3 bts pic posted",
        "who shared the new heartstopper photo?",
        "who uploaded the new heartstopper photo?",
    ],
)
async def test_who_posted_the_picture_names_the_account(engine: QuestionEngine, question: str) -> None:
    answer = await chat(engine, question, now=BEFORE)
    assert answer.intent == "picture" and answer.text.startswith(POSTED_IT), answer.text


async def test_who_posted_it_on_another_site_says_not_there_first(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which instagram account shared that heartstopper pic", now=BEFORE)
    assert answer.text.startswith("Not on Instagram: the official Netflix X account posted it")


async def test_who_posted_the_picture_says_what_it_is(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hs3 bts pic who posted it", now=BEFORE)
    assert "behind-the-scenes photo of Heartstopper season 3" in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who was in teh bts pic", "shows Joe Locke (Charlie Spring) and Kit Connor (Nick Nelson)"),
        (
            "what did netflix post about heartstopper this week?",
            "a behind-the-scenes photo of Heartstopper season 3 on X, reported on Tuesday, September 3,"
            " 2024: it shows Joe Locke and Kit Connor",
        ),
        ("where was the new hs3 bts photo posted", "Netflix X account"),
        ("when did netflix drop that behind the scenes photo", "reported on Tuesday, September 3, 2024"),
    ],
)
async def test_what_is_asked_of_the_picture_is_said(engine: QuestionEngine, question: str, said: str) -> None:
    answer = await chat(engine, question, now=BEFORE)
    assert answer.intent == "picture" and said in answer.text, answer.text


async def test_which_season_the_picture_is_from_is_said_first(engine: QuestionEngine) -> None:
    answer = await chat(engine, "the bts photo is too cute, what season is it even from", now=BEFORE)
    assert answer.text.startswith("It's from Heartstopper season 3, the newest season.")


async def test_the_days_from_the_posting_to_the_premiere(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how many days from when the bts photo was posted until hs3 premieres")
    assert answer.text.startswith("30 days, from Tuesday, September 3, 2024")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is william gao in the bts pic?", "No, William Gao isn't in it."),
        ("is kit connor in the behind the scenes photo?", "Yes, Kit Connor is in it."),
        ("was the bts photo posted on tiktok?", "No, it was posted on X, not TikTok."),
        # the fan's guess after the question
        ("who posted the hs3 bts pic? instagram?", "No, it was posted on X, not Instagram."),
    ],
)
async def test_a_claim_about_the_picture_is_answered_yes_or_no_first(
    engine: QuestionEngine, question: str, verdict: str
) -> None:
    answer = await chat(engine, question, now=BEFORE)
    assert answer.text.startswith(verdict), answer.text


async def test_the_other_one_in_the_picture_is_the_one_other_person_it_shows(engine: QuestionEngine) -> None:
    question = "What's the other actor in that behind-the-scenes photo with Kit Connor up to next?"
    answer = await chat(engine, question, now=BEFORE)
    assert "Joe Locke" in answer.text and "Agatha All Along" in answer.text


@pytest.mark.parametrize(
    "question",
    ["where was the hs3 bts pic posted", "hs3 bts pic who posted it", "which account posted the pic"],
)
def test_the_who_posted_pattern_reads_a_question_of_who_posted_a_picture(question: str) -> None:
    assert re.search(WHO_POSTED, question)


def test_the_who_posted_pattern_needs_a_picture_asked_about() -> None:
    assert not re.search(WHO_POSTED, "who tweeted it")
