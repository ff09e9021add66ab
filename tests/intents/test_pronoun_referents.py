"""Whom a pronoun or a description means in a follow-up: a show called by its network and the conversation's
people, the other lead, and "which one is she in"."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.understand.empty_alternatives import without_empty_alternative
from intents.understand.which_one import one_as_show
from tests.helpers import chat
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-referents", "outlet": "Test Wire", "title": "Amber Coast returns",
     "published": "2025-04-01"},
    {"type": "show", "title": "Amber Coast", "kind": "series", "network": "BBC One"},
    {"type": "release", "show": "Amber Coast", "season": 2, "date": "2025-06-05", "network": "BBC One"},
    {"type": "credit", "show": "Amber Coast", "person": "Rhea Calloway", "role": "actor",
     "character": "Ines Marlow", "billing": 1},
    {"type": "credit", "show": "Amber Coast", "person": "Dario Fenn", "role": "actor",
     "character": "Tomas Reyne", "billing": 2},
    {"type": "credit", "show": "Amber Coast", "person": "Gil Ashcombe", "role": "actor", "billing": 3},
    {"type": "credit", "show": "Amber Coast", "person": "Oona Brack", "role": "actor", "billing": 4},
    {"type": "show", "title": "Iron Meadow", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Iron Meadow", "date": "2025-07-11", "network": "Hulu"},
    {"type": "credit", "show": "Iron Meadow", "person": "Rhea Calloway", "role": "actor", "billing": 1},
    {"type": "show", "title": "Velvet Pier", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Velvet Pier", "date": "2025-08-22", "network": "Hulu"},
]  # fmt: skip


@pytest.fixture(scope="module")
def referents(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    """A question engine over two Hulu shows, one sharing its lead with a BBC One show."""
    kb: Knowledge = asyncio.run(load_invented(Path(tmp_path_factory.mktemp("referents")), FACTS))
    return QuestionEngine(kb, clock=lambda: TODAY)


async def test_a_network_one_of_several_is_the_one_sharing_the_conversations_people(
    referents: QuestionEngine,
) -> None:
    answer = await chat(referents, "when is amber coast season 2 out", "and the hulu one?")
    assert "Iron Meadow" in answer.text and "Velvet Pier" not in answer.text


async def test_a_network_show_called_new_is_still_described_by_its_network(referents: QuestionEngine) -> None:
    answer = await chat(referents, "when is amber coast season 2 out", "what about the new hulu show")
    assert "Iron Meadow" in answer.text


async def test_the_other_guy_after_one_lead_is_the_other_lead(referents: QuestionEngine) -> None:
    answer = await chat(referents, "who plays ines marlow", "and the other guy's character?")
    assert "Tomas Reyne" in answer.text


def test_which_one_is_she_in_asks_which_show() -> None:
    assert one_as_show("ok which one is she in then".split()) == "ok which show is she in then".split()


def test_which_one_is_in_a_show_picks_someone_and_stays() -> None:
    tokens = "which one is in iron meadow".split()
    assert one_as_show(tokens) == tokens


def test_which_one_alone_is_left_as_typed() -> None:
    assert one_as_show("which one".split()) == ["which", "one"]
    assert one_as_show("ok so what one".split()) == "ok so what one".split()


def test_or_somewhere_else_asks_nothing_more() -> None:
    assert without_empty_alternative("is it on hulu or somewhere else".split()) == "is it on hulu".split()


def test_or_somewhere_else_this_time_asks_nothing_more() -> None:
    said = "is it on netflix again or somewhere else this time".split()
    assert without_empty_alternative(said) == "is it on netflix again".split()


def test_or_is_that_the_other_guy_asks_nothing_more() -> None:
    tokens = "is he in iron meadow or is that the other guy".split()
    assert without_empty_alternative(tokens) == "is he in iron meadow".split()


@pytest.mark.parametrize("check", ["is the guy in iron meadow too", "is the lad in iron meadow as well"])
async def test_the_guy_asked_to_be_in_a_show_is_the_person_talked_about(
    referents: QuestionEngine, check: str
) -> None:
    # "is the guy in X": "in X" is what is asked of him, not "the guy in X" (the one actor in both shows).
    answer = await chat(referents, "who plays tomas reyne in amber coast", check)
    assert answer.text.startswith("No") and "Dario Fenn" in answer.text


async def test_the_guy_from_a_show_is_still_described_by_it(referents: QuestionEngine) -> None:
    answer = await chat(referents, "when is iron meadow out", "is the guy from amber coast in it")
    assert answer.text.startswith("Yes") and "Rhea Calloway" in answer.text


async def test_they_after_a_check_of_two_people_means_both(referents: QuestionEngine) -> None:
    # The check's answer ("Yes: ...") names nobody as an answer; the two the question named are "they".
    answer = await chat(referents, "are rhea calloway and dario fenn in amber coast", "who do they play")
    assert "Ines Marlow" in answer.text and "Tomas Reyne" in answer.text
