"""Follow-ups of conv31: a new season asked after a show's first release, the show said before "is what i
meant", "not X, i mean Y", a part "of that" show, and "where will i be able to watch it"."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.ellipsis import first_release_at
from intents.understand.openers import strip_lead, without_taken_back
from intents.understand.sounded_words import words_as_meant
from tests.helpers import last_text

SEPTEMBER = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


def test_a_first_release_is_found_by_its_place_word() -> None:
    assert first_release_at("when did heartstopper first premiere".split()) == 3
    assert first_release_at("when was it originally released".split()) == 3
    assert first_release_at("who was the first director".split()) is None


@pytest.mark.parametrize(
    "fragment", ["and the new season?", "what about the upcoming one", "the third season?"]
)
async def test_a_season_after_a_first_release_is_that_season(engine: QuestionEngine, fragment: str) -> None:
    text = await last_text(engine, "When did Heartstopper first premiere?", fragment, now=SEPTEMBER)
    assert text.startswith("Heartstopper season 3") and "October 3" in text


async def test_the_first_release_asked_again_keeps_its_date(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "when did heartstopper first premiere", "and agatha all along?", now=SEPTEMBER
    )
    assert "September 18" in text


def test_what_the_fan_meant_said_after_the_name_is_an_opener() -> None:
    assert strip_lead("no heartstopper is what i meant".split()) == (["heartstopper"], True)
    assert strip_lead("heartstopper is the one im asking about".split()) == (["heartstopper"], True)
    assert strip_lead("the first season i mean".split()) == ("the first season".split(), True)


def test_not_x_i_mean_y_asks_for_y() -> None:
    taken = without_taken_back("not the first season i mean the upcoming one".split())
    assert taken == "the upcoming one".split()


async def test_the_show_said_to_be_meant_gets_the_last_question(engine: QuestionEngine) -> None:
    text = await last_text(
        engine,
        "when does agatha all along start",
        "err no, heartstopper is the one i'm asking about",
        now=SEPTEMBER,
    )
    assert "October 3" in text
    text = await last_text(
        engine, "who stars in heartstopper", "no, in agatha all along is what i meant", now=SEPTEMBER
    )
    assert "Kathryn Hahn" in text


async def test_not_the_first_season_i_mean_the_upcoming_one(engine: QuestionEngine) -> None:
    text = await last_text(
        engine,
        "When did Heartstopper first premiere?",
        "Not the first season, I mean the upcoming one.",
        now=SEPTEMBER,
    )
    assert "October 3" in text


@pytest.mark.parametrize("asked", ["when's the next season of that out", "when is season 3 of that out"])
async def test_a_season_of_that_is_the_shows_season(engine: QuestionEngine, asked: str) -> None:
    text = await last_text(engine, "who plays nick nelson", asked, now=SEPTEMBER)
    assert "October 3" in text


@pytest.mark.parametrize(
    "asked",
    ["where will i be able to watch it", "where am i able to watch it", "where will we be able to see it"],
)
async def test_being_able_to_watch_asks_where_it_streams(engine: QuestionEngine, asked: str) -> None:
    text = await last_text(engine, "what part has joe locke got in agatha all along", asked, now=SEPTEMBER)
    assert "Disney+" in text


@pytest.mark.parametrize(
    "asked", ["what's on his cv", "what else is on his resume", "what's his track record like"]
)
async def test_a_persons_cv_is_their_other_work(engine: QuestionEngine, asked: str) -> None:
    text = await last_text(engine, "Who directed Heartstopper season 3?", asked, now=SEPTEMBER)
    assert "Shetland" in text


def test_a_fans_word_for_a_person_reads_as_guy() -> None:
    assert words_as_meant("and the fella who handled it".split()) == "and the guy who handled it".split()
    assert words_as_meant("that chap from agatha".split()) == "that guy from agatha".split()
    assert words_as_meant("the fellow travelers cast".split()) == "the fellow travelers cast".split()


async def test_the_fella_who_did_the_earlier_seasons_is_their_director(engine: QuestionEngine) -> None:
    text = await last_text(
        engine,
        "Who directed Heartstopper season 3?",
        "And the fella who handled the earlier seasons?",
        now=SEPTEMBER,
    )
    assert "Euros Lyn" in text


@pytest.mark.parametrize("asked", ["anyone else credited besides her", "who else is credited on it"])
async def test_anyone_else_credited_asks_for_the_crew(engine: QuestionEngine, asked: str) -> None:
    text = await last_text(engine, "who made heartstopper", asked, now=SEPTEMBER)
    assert "Lauren James" in text and "Kit Connor" not in text


async def test_anyone_else_credited_in_the_cast_is_no_crew_question(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "who plays charlie spring", "who else is credited in the cast", now=SEPTEMBER
    )
    assert "Lauren James" not in text


async def test_the_show_someone_is_joining_is_the_one_that_started_last(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "when does heartstopper s3 come out", "how about the one joe locke is joining", now=SEPTEMBER
    )
    assert "September 18" in text and "October 3" not in text


@pytest.mark.parametrize("asked", ["and the other boy?", "no, the other lad"])
async def test_the_other_boy_is_the_other_lead(engine: QuestionEngine, asked: str) -> None:
    text = await last_text(engine, "who plays charlie", asked, now=SEPTEMBER)
    assert "Kit Connor" in text


async def test_that_one_who_plays_is_the_person_talked_about(engine: QuestionEngine) -> None:
    text = await last_text(
        engine,
        "who plays mystery teen in agatha all along",
        "who does that one play in heartstopper",
        now=SEPTEMBER,
    )
    assert "Charlie Spring" in text


async def test_that_one_of_a_season_still_means_the_season(engine: QuestionEngine) -> None:
    text = await last_text(engine, "who directed heartstopper season 3", "is that one out yet", now=SEPTEMBER)
    assert "October 3" in text


@pytest.mark.parametrize(
    ("first", "then", "named"),
    [
        ("who directed heartstopper seasons 1 and 2", "and his successor?", "Andy Newberry"),
        ("who directed heartstopper seasons 1 and 2", "what has his successor directed", "Shetland"),
        ("who directed heartstopper season 3", "who was his predecessor", "Euros Lyn"),
    ],
)
async def test_his_successor_is_the_next_holder_of_the_credit(
    engine: QuestionEngine, first: str, then: str, named: str
) -> None:
    assert named in await last_text(engine, first, then, now=SEPTEMBER)
