"""Follow-ups about the picture the seed article reports, once a question named it (intents/picture): a few
words ask of the picture talked about, "they" are the people it shows, and "his co-star in the photo" is the
other one it shows."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.plainer_asks import plainer_asks
from tests.helpers import chat

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("questions", "said"),
    [
        (("is kit connor in the hs3 bts pic", "who posted it"), "The official Netflix X account posted it"),
        (("who's in the hs3 bts pic", "which season is it from?"), "season 3"),
        (("who's in the hs3 bts pic", "posted where?"), "Netflix X account"),
        (  # back to the picture after a show nobody knows
            (
                "heartstopper bts pic, who's in it",
                "who created ted lasso",
                "back to that photo, who posted it?",
            ),
            "Netflix X account posted",
        ),
    ],
)
async def test_a_follow_up_asks_of_the_picture_talked_about(
    engine: QuestionEngine, questions: tuple[str, ...], said: str
) -> None:
    answer = await chat(engine, *questions, now=BEFORE)
    assert answer.intent == "picture" and said in answer.text, answer.text


@pytest.mark.parametrize(
    ("questions", "verdict", "deciding"),
    [
        (("who posted the heartstopper bts picture", "was it on instagram?"), "No", "on X"),
        (
            ("where did netflix post the new hs3 pic", "and back to the photo, was it bts?"),
            "Yes",
            "behind-the-scenes photo",
        ),
    ],
)
async def test_a_claim_after_the_picture_is_answered_yes_or_no_first(
    engine: QuestionEngine, questions: tuple[str, ...], verdict: str, deciding: str
) -> None:
    answer = await chat(engine, *questions, now=BEFORE)
    assert answer.text.startswith(verdict) and deciding in answer.text, answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("who's in the new hs3 bts photo", "who do they each play"),
        ("what did netflix post about heartstopper", "who do they play?"),
    ],
)
async def test_they_after_the_picture_are_the_people_it_shows(
    engine: QuestionEngine, questions: tuple[str, ...]
) -> None:
    answer = await chat(engine, *questions, now=BEFORE)
    assert "Charlie Spring" in answer.text and "Nick Nelson" in answer.text


async def test_his_co_star_in_the_picture_is_the_other_one_it_shows(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "Who plays Nick Nelson?", "Who is his co-star in the Netflix BTS photo?", now=BEFORE
    )
    assert answer.text.startswith("Joe Locke, with Kit Connor") and answer.answers == ("Joe Locke",)


async def test_that_one_after_the_co_star_in_the_picture(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "Who plays Nick Nelson?",
        "Who is his co-star in the Netflix BTS photo?",
        "What character does that one play?",
        now=BEFORE,
    )
    assert "Charlie Spring" in answer.text


def test_an_embedded_who_they_play_asks_it() -> None:
    assert plainer_asks("who they play again".split()) == "who do they play again".split()
