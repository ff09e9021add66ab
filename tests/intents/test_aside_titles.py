"""A show named in a fan's aside ("i love X so much", "X fan here", "just finished X", "X has me ...") is what
the question after it asks about: a show Marquee holds no facts on gets "I don't have facts about X", never
the default show's facts, even when its title is everyday words ("friends", "the bear")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.helpers import last_text
from tests.intents.invented import load_invented
from tests.intents.test_name_evidence import FACTS

# A show whose character has a one-word name, beside the seeded show.
ONE_WORD_CHARACTER = [
    *FACTS[:2],
    {"type": "credit", "show": "Harbor Lantern", "person": "Ravi Ostrander", "role": "actor",
     "character": "Marlowe", "billing": 1},
]  # fmt: skip

AUTUMN = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    [
        "i love the bear so much, is it on netflix",
        "the bear fan here, who created it",
        "friends fan here, what network was it on",
        "the summer i turned pretty has me in shambles, when does season 3 come out",
        "ugh the summer i turned pretty again, is season 3 out yet",
        "obsessed with abbott elementary rn, who directed it",
        "ngl the penguin messed me up fr. who's in it?",  # a feeling said of the title, in a sentence before
        "fleabag ruined me, who created it",
    ],
)
async def test_an_unknown_show_in_an_aside_gets_no_default_show_facts(
    engine: QuestionEngine, question: str
) -> None:
    text = await last_text(engine, question, now=AUTUMN)
    assert text.startswith("I don't have facts about")
    assert "Heartstopper" not in text


async def test_the_reply_names_the_show_the_aside_named(engine: QuestionEngine) -> None:
    text = await last_text(engine, "just finished the walking dead, how many seasons are there", now=AUTUMN)
    assert "The Walking Dead" in text


async def test_a_message_that_only_names_an_unknown_show_in_an_aside_says_so(engine: QuestionEngine) -> None:
    text = await last_text(engine, "schitts creek fan here", now=AUTUMN)
    assert text.startswith("I don't have facts about Schitts Creek")


async def test_follow_ups_after_an_aside_naming_an_unknown_show_stay_with_it(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await last_text(engine, "schitts creek fan here", conversation=conversation, now=AUTUMN)
    for follow_up in ("who plays david", "when did it end"):
        text = await last_text(engine, follow_up, conversation=conversation, now=AUTUMN)
        assert text.startswith("I don't have facts about Schitts Creek")


async def test_an_aside_naming_an_unknown_show_moves_a_thread_off_the_known_show(
    engine: QuestionEngine,
) -> None:
    conversation = Conversation()
    await last_text(engine, "who plays charlie in heartstopper", conversation=conversation, now=AUTUMN)
    text = await last_text(
        engine, "i love the bear so much, is it on netflix", conversation=conversation, now=AUTUMN
    )
    assert text.startswith("I don't have facts about The Bear")


@pytest.mark.parametrize(
    "question",
    [
        "i love this show so much, when does the new season come out",
        "love love love this show, when does season 3 come out",
        "crying at how cute the new photo is, when does season 3 come out",
    ],
)
async def test_an_aside_of_feelings_about_the_show_keeps_the_default_show(
    engine: QuestionEngine, question: str
) -> None:
    assert "October 3" in await last_text(engine, question, now=AUTUMN)


async def test_a_known_show_fan_aside_is_that_shows_question(engine: QuestionEngine) -> None:
    assert "Kit Connor" in await last_text(engine, "heartstopper fan here, who plays nick", now=AUTUMN)


async def test_a_first_name_after_an_aside_naming_an_unknown_show_is_no_known_character(
    engine: QuestionEngine,
) -> None:
    text = await last_text(engine, "atypical fan here, who plays nick", now=AUTUMN)
    assert text.startswith("I don't have facts about")
    assert "Kit Connor" not in text


async def test_a_one_word_character_name_with_a_surname_nobody_knows_is_someone_else(tmp_path: Path) -> None:
    engine = QuestionEngine(await load_invented(tmp_path, ONE_WORD_CHARACTER))
    text = await last_text(engine, "who plays marlowe fenwick", now=AUTUMN)
    assert text.startswith("I don't have facts about")
    assert "Ravi Ostrander" not in text


async def test_a_one_word_character_name_alone_is_still_that_character(tmp_path: Path) -> None:
    engine = QuestionEngine(await load_invented(tmp_path, ONE_WORD_CHARACTER))
    assert "Ravi Ostrander" in await last_text(engine, "who plays marlowe", now=AUTUMN)


async def test_an_opinion_opener_is_no_title(engine: QuestionEngine) -> None:
    # "hot take" opens the fan's opinion: the show the opinion is about is the subject
    assert "Euros Lyn" in await last_text(
        engine, "hot take: s2 was better than s1. who directed s2 tho", now=AUTUMN
    )
    assert "Euphoria" in await last_text(
        engine, "hot take: euphoria is overrated. who created it anyway", now=AUTUMN
    )
