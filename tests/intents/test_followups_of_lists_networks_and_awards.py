"""Follow-ups that lean on what the last answers listed (branch conv53): "who else is on that network" (the
shows besides the one talked about), "what else have they been in" after a cast list (those with other work),
"what else did it win" (more awards, not a person's work), a list of people joined by commas, and "the other
show we talked about" put before its question's last word."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.title_evidence import Talk, talk_in_title_place
from intents.understand.asking import question_part
from intents.understand.owned_claims import owned_claim_asked
from tests.helpers import chat, last_text
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC)
_SHOW = "Brass Meridian"
FACTS = [
    {"type": "article", "key": "t-conv53", "outlet": "Test Wire", "title": "Brass Meridian returns",
     "published": "2025-04-01"},
    {"type": "show", "title": _SHOW, "kind": "series", "network": "Hulu"},
    {"type": "release", "show": _SHOW, "season": 2, "date": "2025-06-05", "network": "Hulu"},
    {"type": "show", "title": "Quiet Ferry", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Quiet Ferry", "season": 1, "date": "2025-08-14", "network": "Hulu"},
    {"type": "show", "title": "Lone Orchard", "kind": "series", "network": "Peacock"},
    {"type": "award", "show": _SHOW, "body": "Emmy Awards", "outcome": "won",
     "category": "Outstanding Drama Series"},
    {"type": "award", "show": _SHOW, "body": "Emmy Awards", "outcome": "won",
     "category": "Outstanding Main Title Design"},
    {"type": "credit", "show": _SHOW, "person": "Ines Harrowgate", "role": "actor", "character": "Vela"},
    {"type": "credit", "show": _SHOW, "person": "Tobias Wrenfield", "role": "actor", "character": "Corin"},
    {"type": "credit", "show": _SHOW, "person": "Marek Solvay", "role": "actor", "character": "Ottar"},
    {"type": "credit", "show": _SHOW, "person": "Delphine Ashcombe", "role": "actor", "character": "Nim"},
    {"type": "credit", "show": _SHOW, "person": "Rufus Kettleby", "role": "actor", "character": "Bram"},
    {"type": "work", "person": "Tobias Wrenfield", "title": "Ember Coast", "role": "worked on"},
    {"type": "credit", "show": _SHOW, "person": "Hal Brennock", "role": "director"},
    {"type": "rating", "show": _SHOW, "source": "Rotten Tomatoes", "audience": "critics", "value": 91,
     "scale": "%"},
    {"type": "rating", "show": _SHOW, "source": "Rotten Tomatoes", "audience": "audience", "value": 84,
     "scale": "%"},
    {"type": "work", "person": "Hal Brennock", "title": "Ironvale"},
    {"type": "work", "person": "Delphine Ashcombe", "title": "The Tin Harbour", "role": "worked on"},
    {"type": "work", "person": "Ines Harrowgate", "title": "Salt and Cinder", "role": "worked on"},
]  # fmt: skip


@pytest.fixture(scope="module")
def world_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and the invented shows, loaded once per module."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("conv53"), FACTS))


@pytest.fixture
def world(world_knowledge: Knowledge) -> QuestionEngine:
    """A question engine over the invented world, its clock on May 1, 2025."""
    return QuestionEngine(world_knowledge, clock=lambda: TODAY)


async def test_who_else_is_on_that_network_lists_the_other_shows_there(world: QuestionEngine) -> None:
    answer = await chat(world, "what network is brass meridian on", "who else is on that network")
    assert answer.intent == "network_shows" and answer.kind == "answer"
    assert "Quiet Ferry" in answer.text and "Lone Orchard" not in answer.text


async def test_the_show_else_sets_aside_is_not_listed_and_that_is_the_one_listed(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "where can i watch brass meridian", "what else is on that network")
    assert answer.answers == ("Quiet Ferry",) and answer.text.startswith("Besides Brass Meridian")
    text = await last_text(
        world, "where can i watch brass meridian", "what else is on that network", "when does that come out"
    )
    assert "August 14, 2025" in text


async def test_what_else_is_on_a_network_opening_a_chat_lists_every_show(world: QuestionEngine) -> None:
    answer = await chat(world, "what else is on hulu")
    assert {"Brass Meridian", "Quiet Ferry"} <= set(answer.answers)


async def test_they_after_a_long_cast_list_are_those_with_other_work(world: QuestionEngine) -> None:
    text = await last_text(world, "who stars in brass meridian", "what else have they been in")
    assert all(title in text for title in ("Ember Coast", "The Tin Harbour", "Salt and Cinder"))
    assert "Marek Solvay" not in text


async def test_that_after_one_work_known_only_by_its_credit_is_that_work(world: QuestionEngine) -> None:
    answer = await chat(world, "what else has tobias wrenfield been in", "when did that come out")
    assert answer.kind == "unknown" and "Ember Coast" in answer.text and "June 5, 2025" not in answer.text


async def test_people_joined_by_commas_are_each_asked_of(world: QuestionEngine) -> None:
    text = await last_text(
        world, "what else have ines harrowgate, tobias wrenfield and delphine ashcombe been in"
    )
    assert all(title in text for title in ("Salt and Cinder", "Ember Coast", "The Tin Harbour"))


async def test_what_else_did_it_win_asks_for_more_of_the_shows_awards(world: QuestionEngine) -> None:
    answer = await chat(world, "did brass meridian win outstanding drama series", "what else did it win")
    assert answer.kind == "answer" and "Outstanding Main Title Design" in answer.text


async def test_the_other_show_we_talked_about_closing_a_question_is_that_show(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "when does brass meridian season 2 come out",
        "and heartstopper season 3?",
        "what network is the other show we talked about on",
    )
    assert answer.kind == "answer" and "Hulu" in answer.text


def test_words_saying_a_thing_was_talked_about_stand_in_no_title_place() -> None:
    assert talk_in_title_place("the other show we talked about".split()) is Talk.POINTED
    assert talk_in_title_place("that one you mentioned".split()) is Talk.POINTED
    assert talk_in_title_place("the bear".split()) is None


def test_the_other_show_we_talked_about_is_no_run_on_tail() -> None:
    asked, rest = question_part("what network is the other show we talked about on")
    assert asked.startswith("what network is the other show we talked about on") and not rest


async def test_a_title_said_to_be_his_in_a_statements_order_is_checked(world: QuestionEngine) -> None:
    text = await last_text(
        world, "who directed brass meridian", "what else has he done", "and ironvale is his too?"
    )
    assert text.startswith("Yes") and "Ironvale" in text


def test_owned_claims_keep_their_title_and_leave_questions_alone() -> None:
    assert owned_claim_asked("so doctor who is his".split()) == "is doctor who his".split()
    assert owned_claim_asked("and torchwood is his too".split()) == "is torchwood his too".split()
    assert owned_claim_asked("what is his".split()) is None
    assert owned_claim_asked("torchwood is his best show".split()) is None


async def test_the_other_one_after_one_sides_score_is_the_other_sides(world: QuestionEngine) -> None:
    answer = await chat(world, "brass meridian critics score?", "and the other one")
    assert answer.kind == "answer" and "84%" in answer.text and "91%" not in answer.text
