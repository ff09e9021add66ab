"""Claims about the value just given: "so that's lower than the critics one?" after the audience score claims
the audience score is the lower; "so that's more than its emmy noms?" after a BAFTA count sets that count
against the Emmy one; "so more baftas than emmys then?" is checked yes or no. Apologies and corrections in
fans' spellings ("srry", "wrong one, i wanted ...") lead into the question they put right."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.title_evidence import Talk, talk_in_title_place
from intents.understand.openers import strip_lead
from tests.helpers import chat

SEPTEMBER = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_a_score_claimed_lower_than_the_other_is_the_one_just_given(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "heartstopper audience score", "so that's lower than the critics one?", now=SEPTEMBER
    )
    assert answer.text.startswith("Yes")


async def test_the_count_just_given_is_set_against_another_bodys(engine: QuestionEngine) -> None:
    asked = ("how many bafta noms did heartstopper get", "so that's more than its emmy noms?")
    answer = await chat(engine, *asked, now=SEPTEMBER)
    assert answer.text.startswith("Yes") and "Emmy" in answer.text


async def test_a_count_comparison_names_the_categories_counted(engine: QuestionEngine) -> None:
    answer = await chat(engine, "does heartstopper have more baftas than emmys?", now=SEPTEMBER)
    assert "Memorable Moment" in answer.text


async def test_a_comparison_put_without_its_verb_is_checked(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper bafta noms", "so more baftas than emmys then?", now=SEPTEMBER)
    assert answer.text.startswith("Yes")


def test_words_ending_in_than_are_a_comparison() -> None:
    assert talk_in_title_place(["more", "baftas", "than"]) is Talk.COMPARISON


@pytest.mark.parametrize("sorry", ["srry", "sry", "soz"])
def test_a_chat_spelling_of_sorry_opens_a_correction(sorry: str) -> None:
    assert strip_lead([sorry, "i", "meant", "critics"]) == (["critics"], True)


async def test_wrong_one_then_what_was_wanted_asks_for_it(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who created heartstopper", "wrong one, i wanted the s3 director", now=SEPTEMBER
    )
    assert "Andy Newberry" in answer.text
