"""Issue 8 (two26): billing order read from the cast list's order and never guessed when the facts keep none,
a person's show described by a network they have no show on, roles no credit holds (a host), holidays in
out-by windows, and the one table of crew-role words."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.understand import chain_shows, doing_roles
from intents.understand.holidays import holiday
from intents.understand.role_words import ROLE_GERUNDS, VERB_ROLES
from tests.intents.invented import load_invented

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-two26", "outlet": "Test Wire", "title": "Ember Street returns",
     "published": "2024-08-01"},
    {"type": "show", "title": "Ember Street", "kind": "series", "network": "HBO"},
    {"type": "release", "show": "Ember Street", "season": 2, "date": "2025-02-02", "network": "HBO"},
    # An article listing the cast with no order: the importer leaves every credit unbilled.
    {"type": "credit", "show": "Ember Street", "person": "Nola Brisk", "role": "actor", "character": "Ada"},
    {"type": "credit", "show": "Ember Street", "person": "Corin Vale", "role": "actor", "character": "Bram"},
]  # fmt: skip


@pytest.fixture(scope="module")
def two26_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts plus one invented HBO show whose cast has no billing order."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("two26"), FACTS))


@pytest.fixture
def invented(two26_knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(two26_knowledge, clock=lambda: NOW)


async def test_a_place_in_the_billing_is_the_actor_there(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's billed second in agatha all along", now=NOW)
    assert answer.text.startswith("Kathryn Hahn is billed 2nd")


async def test_a_billed_place_describes_someone_a_second_question_asks_about(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "the actress billed 4th in heartstopper, is she in agatha all along too", now=NOW
    )
    assert answer.text.startswith("No") and "Yasmin Finney" in answer.text


async def test_two_people_billed_are_compared_and_a_claim_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer("is kit connor billed above joe locke", now=NOW)
    assert answer.text.startswith("No") and "Joe Locke is billed above Kit Connor" in answer.text
    choice = await engine.answer("who got top billing in heartstopper, kit or joe", now=NOW)
    assert choice.text.startswith("Joe Locke is billed above Kit Connor")


async def test_a_cast_without_billing_order_is_never_guessed(invented: QuestionEngine) -> None:
    answer = await invented.answer("who is billed first in ember street", now=NOW)
    assert answer.text.startswith("I don't have the billing order") and "Nola Brisk" not in answer.text
    pair = await invented.answer("who's billed higher in ember street, nola brisk or corin vale", now=NOW)
    assert pair.text.startswith("I don't have the billing order")


@pytest.mark.parametrize(
    "question",
    ["when does the hbo show joe locke is in come out", "what does kit connor's apple tv+ show score"],
)
async def test_a_network_the_person_has_no_show_on_is_said(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, now=NOW)
    assert answer.text.startswith("I don't have a show with") and "October 3" not in answer.text


async def test_the_networks_show_without_the_person_is_not_passed_off(invented: QuestionEngine) -> None:
    answer = await invented.answer("when does the hbo show joe locke is in come out", now=NOW)
    assert answer.text.startswith("I don't have a show with Joe Locke on HBO")
    assert "Ember Street" not in answer.text


async def test_a_network_the_person_has_a_show_on_still_finds_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does the disney+ show joe locke is in come out", now=NOW)
    assert "September 18, 2024" in answer.text


async def test_someone_beside_the_person_after_the_verb_picks_the_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does the show joe locke is in with aubrey plaza come out", now=NOW)
    assert "Agatha All Along" in answer.text and "September 18" in answer.text


async def test_a_role_no_credit_holds_of_an_unknown_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("who hosts never mind the buzzcocks", now=NOW)
    assert answer.text == "I don't have facts about Never Mind the Buzzcocks."


async def test_a_role_no_credit_holds_of_a_known_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's the narrator of heartstopper", now=NOW)
    assert answer.text.startswith("I don't have a narrator for Heartstopper")


async def test_an_out_by_window_reads_every_holiday(engine: QuestionEngine) -> None:
    answer = await engine.answer("will agatha all along be out by thanksgiving", now=NOW)
    assert answer.text.startswith("Yes")
    assert holiday(["easter"], 2025) == ("Easter", dt.date(2025, 4, 20))


def test_crew_role_words_are_one_table() -> None:
    # The chains and the "doing" follow-up read the same table, never a copy of their own.
    assert vars(chain_shows)["VERB_ROLES"] is VERB_ROLES and vars(doing_roles)["ROLE_GERUNDS"] is ROLE_GERUNDS
    assert VERB_ROLES["is directing"] == "director" and ROLE_GERUNDS["showrunner"] == "running"
    assert all(VERB_ROLES[gerund] == role for role, gerund in ROLE_GERUNDS.items() if gerund in VERB_ROLES)
