"""Chatter and slips around a question about the seed show: a show the fan "got into" and the clause after
it, an opinion opened with "hear me out", a phrase quoted as what the fan wants to know, "land" for a
season's arrival, and the shortest slips ("teh", "rol")."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from tests.helpers import last_text

AUTUMN = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("my cousin got me into young royals, when does the next season come out", "Young Royals"),
        ("my friend got me into young royals and i'm hooked, when is the next season out", "Young Royals"),
        ("ok hear me out, abbott elementary is the best comedy right now. what network is it on?",
         "Abbott Elementary"),
    ],
)  # fmt: skip
async def test_a_show_framed_in_chatter_is_the_one_asked_about(
    engine: QuestionEngine, question: str, title: str
) -> None:
    text = await last_text(engine, question, now=AUTUMN)
    assert text.startswith(f"I don't have facts about {title}.")
    assert "Heartstopper" not in text


async def test_a_known_show_the_fan_got_into_keeps_its_facts(engine: QuestionEngine) -> None:
    assert "October 3" in await last_text(
        engine, "my sister got me into heartstopper and i'm hooked, when's s3", now=AUTUMN
    )


def test_a_quoted_phrase_is_what_a_bare_request_asks() -> None:
    asked, said = question_part('"hs3 release date" is literally my top search this week can someone tell me')
    assert asked == "hs3 release date?"
    assert "top search" in said


@pytest.mark.parametrize(
    "message",
    [
        'saw a tweet saying "s3 is going to destroy us all". but when is it out',
        'i love the "boys kissing" scene lol is season 3 out',
    ],
)
def test_a_quote_beside_the_fans_own_question_stays_talk(message: str) -> None:
    asked, _ = question_part(message)
    assert "destroy" not in asked and "kissing" not in asked


async def test_a_quoted_question_is_answered(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, '"who directed season 3" is all i have typed today, someone pls tell me', now=AUTUMN
    )
    assert "Andy Newberry" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When does the next season land on Netflix?", "October 3"),
        ("who plays nick in teh show", "Kit Connor"),
        ("what rol does joe locke play in agatha all along", "Mystery Teen"),
    ],
)
async def test_arrival_verbs_and_the_shortest_slips_are_read(
    engine: QuestionEngine, question: str, expected: str
) -> None:
    assert expected in await last_text(engine, question, now=AUTUMN)


async def test_a_feeling_before_but_i_is_no_title(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "lowkey embarrassing but i cried at the trailer. anyway who plays charlie", now=AUTUMN
    )
    assert "Joe Locke" in text
