"""A number standing where a title stands ("who directed 1923", "is 9-1-1 renewed") names a show Marquee has
no facts about; a number written as a season or year still reads as one. A fan's word for a person ending a
title ("new girl") is the title's word, not "actress"."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.number_titles import number_title, numbers_name_a_title
from intents.understand.titled_person_words import ends_a_title
from tests.helpers import last_text

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
SEED_FACTS = ("Heartstopper", "Netflix", "Kit Connor", "Joe Locke", "Osman", "Newberry", "Lyn", "October 3")


def _number(question: str) -> list[str]:
    title = number_title(question.split(), set())
    return title.words if title is not None else []


def test_a_number_after_a_credit_verb_is_a_title() -> None:
    assert _number("who directed 1923") == ["1923"]
    assert _number("who created 9 1 1") == ["9", "1", "1"]


def test_a_number_in_the_cast_place_is_a_title() -> None:
    assert _number("whos in 24") == ["24"]
    assert _number("who plays jack bauer in 24") == ["24"]


def test_a_number_after_the_cast_of_is_a_title_anywhere_in_the_question() -> None:
    assert _number("who is in the cast of 1899") == ["1899"]
    assert _number("tell me the creators of 1923") == ["1923"]
    assert _number("who is in the cast of season 2") == []


def test_a_number_before_a_season_or_a_state_is_a_title() -> None:
    assert _number("when does 1923 season 2 come out") == ["1923"]
    assert _number("is 1899 renewed") == ["1899"]


def test_a_number_written_as_a_season_or_year_is_no_title() -> None:
    assert _number("who directed season 3") == []
    assert _number("what came out in 2024") == []
    assert _number("when does season 2 come out") == []


def test_a_number_a_linked_name_holds_is_no_unknown_title() -> None:
    assert number_title("who directed 1923".split(), {2}) is None


async def test_a_numbered_title_gets_no_facts_and_no_default_show(engine: QuestionEngine) -> None:
    for question in (
        "who directed 1923",
        "when does 9-1-1 come back",
        "who's in 24",
        "is 1899 renewed",
        "who is in the cast of 1899",
    ):
        reply = await last_text(engine, question, now=NOW)
        assert reply.startswith("I don't have facts about"), question
        assert not any(fact in reply for fact in SEED_FACTS), question


async def test_a_numbered_title_with_a_season_names_the_title_not_the_default_show(
    engine: QuestionEngine,
) -> None:
    reply = await last_text(engine, "when does 1923 season 2 come out", now=NOW)
    assert reply.startswith("I don't have facts about 1923")


def test_a_person_word_after_an_everyday_word_ends_a_title() -> None:
    assert ends_a_title("who directed new girl".split(), 3)
    assert ends_a_title("family guy cast".split(), 1)


def test_a_person_word_after_a_determiner_describes_someone() -> None:
    assert not ends_a_title("who plays the new girl".split(), 4)
    assert not ends_a_title("who is that girl".split(), 3)
    assert not ends_a_title("who is the blonde girl".split(), 4)


async def test_a_known_characters_name_beside_an_unknown_everyday_title_pulls_in_no_show(
    engine: QuestionEngine,
) -> None:
    reply = await last_text(engine, "who plays nick in new girl", now=NOW)
    assert reply.startswith("I don't have facts about New Girl")
    assert "Kit Connor" not in reply


async def test_an_everyday_title_ending_in_a_person_word_gets_no_facts(engine: QuestionEngine) -> None:
    for question in ("who directed new girl", "when does new girl come back", "is new girl renewed"):
        reply = await last_text(engine, question, now=NOW)
        assert reply.startswith("I don't have facts about New Girl"), question


def test_numbers_a_fan_says_they_are_a_fan_of_are_a_title() -> None:
    assert numbers_name_a_title(["24"], fan_of=True)
    assert numbers_name_a_title(["9", "1", "1"], fan_of=False)


def test_a_recent_year_said_alone_in_an_aside_is_no_title() -> None:
    assert not numbers_name_a_title(["2024"], fan_of=False)
    assert numbers_name_a_title(["1923"], fan_of=False)


async def test_a_numbered_title_in_an_aside_is_what_it_means(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "9-1-1 fan here, is it renewed", now=NOW)
    assert reply.startswith("I don't have facts about")
    assert "Heartstopper" not in reply
