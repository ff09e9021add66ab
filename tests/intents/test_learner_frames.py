"""Questions put as English learners put them (intents/understand/learner_frames.py), fans' words the readers
lacked, years checked with "from", and an actor described by a show and a franchise."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.command_words import spelt_command
from intents.understand.learner_frames import plain_frames
from intents.understand.year_claims import year_as_release
from tests.helpers import answered_text

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("who made the direction of season 2", "who directed season 2"),
        ("who is doing direction of it", "who is directing it"),
        ("who does the part of charlie", "who plays charlie"),
        ("how is the name of the creator", "what is the name of the creator"),
        ("when will be the finale of it", "when will the finale of it be"),
        ("for how many emmys it was nominated", "how many emmys was it nominated for"),
        ("to how many awards heartstopper was nominated", "how many awards was heartstopper nominated to"),
        ("who all acted in it", "who acted in it"),
        ("who plays together with kit connor", "who stars with kit connor"),
        ("the guy who plays nick he is called how", "the guy who plays nick what is he called"),
        ("the creator she is named how", "the creator what is she named"),
        ("the people that are acting in the series", "the cast of the series"),
        ("the persons who act in it", "the cast of it"),
        ("writing credits on heartstopper", "writers on heartstopper"),
    ],
)
def test_a_learners_frame_reads_as_the_plain_question(said: str, plain: str) -> None:
    assert " ".join(plain_frames(said.split())) == plain


@pytest.mark.parametrize(
    "said",
    ["who made the film", "when will be there news", "who does kit connor play", "how many awards it won"],
)
def test_plain_questions_are_left_as_they_are(said: str) -> None:
    assert " ".join(plain_frames(said.split())) == said


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who made the direction of the first season of Heartstopper?", "Euros Lyn"),
        ("Who does the part of Charlie in Heartstopper?", "Joe Locke"),
        ("How is the name of the director of the third season?", "Andy Newberry"),
        ("When will be the premiere of the third season of Heartstopper?", "October 3"),
        ("For how many prizes Heartstopper was nominated at the BAFTA?", "three"),
        ("Who all are acting in Agatha All Along?", "Kathryn Hahn"),
        ("Who is the realizador of Heartstopper season 3?", "Andy Newberry"),
        ("When is the estreno of the temporada 3 of Heartstopper?", "October 3"),
        ("The one who plays Charlie, he is called how?", "Joe Locke"),
        ("The director of season 3 of Heartstopper, he is named how?", "Andy Newberry"),
        ("I want to know the people acting in heartstopper please", "Kit Connor"),
        ("Who has the writing credit on heartstopper?", "Alice Osman"),
    ],
)
async def test_learners_questions_are_answered(engine: QuestionEngine, question: str, expected: str) -> None:
    assert expected in await answered_text(engine, question, BEFORE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whos actin with kathryn hahn in agatha all along", "Joe Locke"),
        ("heartstopper is a spinof of which show?", ""),
        ("who helmed the first two seasons of heartstopper", "Euros Lyn"),
        ("what's heartstopper's popcornmeter", "96"),
    ],
)
async def test_fans_words_are_read(engine: QuestionEngine, question: str, expected: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert expected in answer.text, answer.text


async def test_a_spinoff_of_which_show_names_the_parent(engine: QuestionEngine) -> None:
    assert "WandaVision" in await answered_text(
        engine, "agatha all along is a spinoff of which series", BEFORE
    )


def test_rotten_tomatoes_after_the_command_mark_asks_for_the_ratings() -> None:
    intent_of = {"ratings": "ratings", "awards": "awards", "cast": "cast"}
    assert spelt_command("rt", intent_of) == "ratings"
    assert spelt_command("tomatometer", intent_of) == "ratings"
    assert spelt_command("baftas", intent_of) == "awards"


async def test_rt_command_answers_the_scores(engine: QuestionEngine) -> None:
    assert "98%" in await answered_text(engine, "!rt heartstopper", BEFORE)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("is season 2 from 2023", "did season 2 come out in 2023"),
        ("was it from 1999 right", "did it come out in 1999"),
        ("is it from the uk", "is it from the uk"),
        ("is season 2 from 12", "is season 2 from 12"),
    ],
)
def test_a_year_checked_with_from_is_a_release_year(said: str, read: str) -> None:
    assert " ".join(year_as_release(said.split())) == read


@pytest.mark.parametrize(
    ("question", "first"),
    [("is heartstopper season 3 from 2024?", "Yes"), ("was heartstopper season 1 from 2023", "No")],
)
async def test_a_year_check_says_yes_or_no_first(engine: QuestionEngine, question: str, first: str) -> None:
    assert (await answered_text(engine, question, BEFORE)).startswith(first)


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("which superhero series is the heartstopper boy in?", "Agatha All Along", "Kit Connor"),
        ("who does the lad from heartstopper play in the mcu", "Mystery Teen", "Nick"),
        ("what is the heartstopper kid in on disney+", "Agatha All Along", "Kit Connor"),
    ],
)
async def test_an_actor_described_by_show_and_franchise_is_the_one_that_fits(
    engine: QuestionEngine, question: str, expected: str, absent: str
) -> None:
    text = await answered_text(engine, question, BEFORE)
    assert expected in text and absent not in text, text


async def test_an_actor_described_by_the_show_alone_is_not_guessed(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is the heartstopper boy", now=BEFORE)
    assert "Agatha" not in answer.text


async def test_the_actor_who_make_the_character_asks_who_plays_it(engine: QuestionEngine) -> None:
    text = await answered_text(
        engine, "I want to know the actor who make the character Charlie Spring.", BEFORE
    )
    assert text.startswith("Joe Locke plays Charlie Spring")


def test_who_made_the_character_without_an_actor_asked_for_stays_as_it_is() -> None:
    words = "who made the character charlie spring".split()
    assert plain_frames(words) == words
