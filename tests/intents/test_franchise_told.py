"""A show the talk places in a franchise without naming it ("my partner says the actor playing charlie is
joining a marvel show. when does it come out?") is what the question's "it", "that one" or "the show"
points at: never the show the talk named to say who the person is, nor the default show."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.understand.franchise_told import franchise_show_told, with_franchise_show
from tests.helpers import BEFORE_PREMIERE, reply_texts


@pytest.mark.parametrize(
    "question",
    [
        "my partner says the actor playing charlie is joining a marvel show. when does it come out?",
        "so i just heard about joe locke being in a marvel show?? when does that one come out",
        "the whole mcu thing with joe locke has me hyped, when does that show start",
    ],
)
async def test_a_pointer_after_a_franchise_show_in_the_talk_asks_of_that_show(
    engine: QuestionEngine, question: str
) -> None:
    (text,) = await reply_texts(engine, question, now=BEFORE_PREMIERE)
    assert "Agatha All Along" in text
    assert "October 3" not in text


async def test_a_franchise_placed_after_the_show_that_says_who_he_is_wins(engine: QuestionEngine) -> None:
    (text,) = await reply_texts(
        engine, "the heartstopper guy is in marvel now. what's the name of the show", now=BEFORE_PREMIERE
    )
    assert "Agatha All Along" in text


async def test_a_season_the_talk_names_stays_what_it_means(engine: QuestionEngine) -> None:
    (text,) = await reply_texts(
        engine,
        "my sister says s3 is on disney+ because joe is in a marvel show. where is it actually gonna be?",
        now=BEFORE_PREMIERE,
    )
    assert "Netflix" in text


async def test_a_show_named_in_the_talk_without_a_franchise_stays_the_subject(engine: QuestionEngine) -> None:
    (text,) = await reply_texts(engine, "i love heartstopper so much. when is it back?", now=BEFORE_PREMIERE)
    assert "October 3" in text


@pytest.mark.parametrize(
    ("talk", "described"),
    [
        ("joe is joining a marvel series", ["the", "marvel", "show"]),
        ("he is doing some mcu project now", ["the", "mcu", "show"]),
        ("the charlie actor is in marvel now", ["the", "marvel", "show"]),
        ("he is joining the mcu", ["the", "mcu", "show"]),
        ("marvel fans are the best", None),
        ("i love heartstopper", None),
    ],
)
def test_the_franchise_show_the_talk_places_someone_in(talk: str, described: list[str] | None) -> None:
    assert franchise_show_told(talk.split()) == described


def test_a_question_pointing_at_nothing_is_left_alone() -> None:
    assert with_franchise_show("who plays charlie".split(), "joe is in a marvel show".split()) is None


async def test_a_franchise_placing_the_character_player_names_the_show(engine: QuestionEngine) -> None:
    (text,) = await reply_texts(
        engine, "just heard the charlie actor is in marvel now. what's the show called?", now=BEFORE_PREMIERE
    )
    assert "Agatha All Along" in text
