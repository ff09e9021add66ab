"""Two-hop chains through seasons and people described by their work, spin-offs, and crew roles the facts
never report, said to be missing rather than answered with another credit."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from tests.helpers import answered_text

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


async def test_a_chain_through_a_season_the_linker_left_unmarked(engine: QuestionEngine) -> None:
    text = await answered_text(
        engine, "did the director of the third season of heartstopper also direct season one?", BEFORE
    )
    assert text.startswith("No") and "Euros Lyn" in text


async def test_a_chain_through_a_season_named_around_the_title(engine: QuestionEngine) -> None:
    text = await answered_text(
        engine, "the guy directing the new heartstopper season, what's he known for?", BEFORE
    )
    assert "Andy Newberry" in text and "Shetland" in text


async def test_a_chain_that_ends_in_a_cast_question(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "who's in the show alice osman created?", BEFORE)
    assert "Kit Connor" in text


async def test_the_spin_off_the_facts_name_is_given(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "is there a wandavision spin-off?", BEFORE)
    assert text.startswith("Yes") and "Agatha All Along" in text


async def test_a_spin_off_of_a_spin_off_is_missing_not_the_show_itself(engine: QuestionEngine) -> None:
    answer = await engine.answer("what's the agatha all along spin-off called?", now=BEFORE)
    assert answer.text.startswith("I don't have a spin-off of Agatha All Along")


@pytest.mark.parametrize(
    "question",
    [
        "who was the cinematographer on heartstopper?",
        "who wrote the music for heartstopper?",
        "who edits heartstopper",
    ],
)
async def test_crew_never_reported_is_said_to_be_missing(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text.startswith("I don't have")
    assert "Alice Osman" not in answer.text.split(".")[0]


async def test_a_person_described_by_other_work_is_found(engine: QuestionEngine) -> None:
    text = await answered_text(
        engine, "what's the critics score of the show the torchwood director made episodes of?", BEFORE
    )
    assert "Euros Lyn" in text and "98%" in text


async def test_the_network_picks_which_of_a_persons_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer("who created the disney+ show joe locke is in?", now=BEFORE)
    assert "Agatha All Along" in answer.text
    assert "Alice Osman" not in answer.text


async def test_a_part_related_to_a_character_is_missing_not_the_character(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays charlie's mum in heartstopper", now=BEFORE)
    assert answer.text.startswith("I don't have who plays Charlie Spring's mum")
