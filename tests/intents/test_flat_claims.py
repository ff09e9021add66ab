"""Claims stated flat, with no question mark: a closing hedge or a value stated outright is checked, so the
answer opens with yes or no; plain remarks and questions are left as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.flat_claims import as_check

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "opens", "names"),
    [
        ("heartstopper season 3 drops on hulu i reckon", "No", "Netflix"),
        ("the first season of heartstopper aired in 2021", "No", "2022"),
        ("heartstopper came out in 2022 i'm fairly sure", "Yes", "2022"),
        ("alice osman is the director of heartstopper", "No", "Euros Lyn"),
        ("the critics score is lower than the audience score for heartstopper", "No", "98%"),
        ("kit connor plays nick i guess", "Yes", "Kit Connor"),
        ("euros lyn has worked on torchwood", "Yes", "Torchwood"),
    ],
)
async def test_a_flat_claim_is_answered_yes_or_no(
    engine: QuestionEngine, question: str, opens: str, names: str
) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.text.startswith(opens), (question, answer.text)
    assert names in answer.text


@pytest.mark.parametrize(
    "text",
    [
        "heartstopper is great",  # a remark: nothing the facts settle
        "i think heartstopper came out in 2022",  # the fan's own lead, read as a claim elsewhere
        "did heartstopper come out in 2022?",  # a question already
        "when did heartstopper come out in 2022",  # a question word
        "loved it. season 3 comes out on netflix",  # several sentences
        "tell me who directed it in 2022",  # a command
    ],
)
def test_what_is_no_single_flat_claim_is_left_unchanged(text: str) -> None:
    assert as_check(text) == text


def test_the_hedge_is_replaced_by_the_check() -> None:
    assert (
        as_check("season 3 is coming out on disney+ i think") == "season 3 is coming out on disney+, right?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "has the third season dropped yet, i've been off the grid",  # a question without its mark
        "the one with the bts photo came out in the end",  # "the" and "one" name no network
    ],
)
def test_an_unmarked_question_or_a_word_of_no_network_is_no_claim(text: str) -> None:
    assert as_check(text) == text


@pytest.mark.parametrize(
    "question",
    [
        "the bafta noms were music, writing and memorable moment, right?",
        "so the bafta noms were memorable moment, music and writing, isn't it",
    ],
)
async def test_award_categories_held_are_no_unknown_title(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=BEFORE)
    assert answer.kind == "answer", answer.text
    assert "don't have facts about" not in answer.text
