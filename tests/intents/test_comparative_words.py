"""A comparison in other words than the plain ones the readers know ("nearer", "farther off", "greater",
"younger", "earliest", "ahead of", "differ", "minus") is read as the plain comparison
(intents/understand/comparative_words.py); the same words outside a comparison stay as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.comparative_words import plain_comparatives

NOW = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)
_AGATHA_FIRST = "Agatha All Along comes first"


@pytest.mark.parametrize(
    "question",
    [
        "which premiere is nearer, agatha all along or hs3",
        "which is closer, agatha all along or heartstopper season 3",
        "which one airs earliest, agatha all along or hs3",
        "which premiere is soonest: agatha all along or heartstopper s3",
    ],
)
async def test_a_nearer_premiere_is_the_sooner_one(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=NOW)
    assert answer.text.startswith(_AGATHA_FIRST)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is the hs3 premiere nearer than agatha's?", "No."),
        ("is hs3 farther off than agatha all along", "Yes."),
        ("does agatha premiere ahead of hs3", "Yes."),
        ("does hs3 come out prior to agatha all along", "No."),
    ],
)
async def test_a_check_of_order_in_other_words_says_yes_or_no(
    engine: QuestionEngine, question: str, first: str
) -> None:
    answer = await engine.answer(question, now=NOW)
    assert answer.text.startswith(first)
    assert "15 days" in answer.text


async def test_the_furthest_off_is_the_later_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("which of the two is furthest off, agatha all along or hs3", now=NOW)
    assert answer.text.startswith("Heartstopper season 3 comes later")


async def test_a_greater_score_is_the_higher_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("critics or audience, whose score is greater", now=NOW)
    assert answer.text.startswith("Heartstopper's critics score is higher")


async def test_the_younger_show_is_the_newer_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("which is younger, wandavision or heartstopper", now=NOW)
    assert answer.text.startswith("Heartstopper came later")


@pytest.mark.parametrize(
    "said",
    [
        "can i get a closer look at the photo or not",
        "whats the earliest i can watch it",
        "any further news on hs3 or agatha",
        "is closer on netflix or hulu",
    ],
)
def test_the_words_outside_a_comparison_stay(said: str) -> None:
    words = said.split()
    assert plain_comparatives(words, lambda name: name == "closer") == words


def test_a_distance_word_after_farther_goes_with_it() -> None:
    words = "is hs3 farther off than agatha".split()
    assert plain_comparatives(words) == "is hs3 later than agatha".split()


def test_closeness_to_a_day_named_is_left_to_the_closeness_reader() -> None:
    words = "its sept 10 now which premiere is closer agatha or hs3".split()
    assert plain_comparatives(words) == words


@pytest.mark.parametrize(
    "question",
    [
        "how much do the critics and audience scores differ for heartstopper",
        "rt critics minus rt audience for heartstopper?",
        "what's the diff between the critics and audience score",
        "how much does the audience score differ from the critics one",
    ],
)
async def test_how_much_two_scores_differ_is_their_gap(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=NOW)
    assert "2 points" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many days do the agatha and hs3 premieres differ by",
        "by how many days do agatha all along and hs3 differ",
    ],
)
async def test_how_many_days_two_premieres_differ_by_is_the_days_between(
    engine: QuestionEngine, question: str
) -> None:
    answer = await engine.answer(question, now=NOW)
    assert "15 days" in answer.text
