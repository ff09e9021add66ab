"""Follow-ups that lean on what the thread already holds: he/she by what a given name says, "that" set
against another value, "within a week", a by-season role checked again, "her other show", two shows' networks,
a guess after a comma, and "by then"."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.given_names import name_gender
from tests.helpers import chat
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-threads", "outlet": "Test Wire", "title": "Amber Coast returns",
     "published": "2025-04-01"},
    {"type": "show", "title": "Amber Coast", "kind": "series", "network": "BBC One"},
    {"type": "release", "show": "Amber Coast", "season": 3, "date": "2025-06-05", "network": "BBC One"},
    {"type": "season", "show": "Amber Coast", "number": 3},
    {"type": "credit", "show": "Amber Coast", "person": "Rhea Calloway", "role": "actor",
     "character": "Ines Marlow", "billing": 1},
    {"type": "credit", "show": "Amber Coast", "person": "Dario Fenn", "role": "actor",
     "character": "Tomas Reyne", "billing": 2},
    {"type": "credit", "show": "Amber Coast", "person": "Helen Ashby", "role": "creator"},
    {"type": "credit", "show": "Amber Coast", "person": "Marcus Vell", "role": "director", "seasons": "1-2"},
    {"type": "credit", "show": "Amber Coast", "person": "Owen Price", "role": "director", "seasons": "3"},
    {"type": "award", "show": "Amber Coast", "body": "BAFTA", "category": "Drama", "outcome": "nominated"},
    {"type": "award", "show": "Amber Coast", "body": "BAFTA", "category": "Writing", "outcome": "nominated"},
    {"type": "award", "show": "Amber Coast", "body": "Emmy Awards", "outcome": "none"},
    {"type": "work", "person": "Marcus Vell", "title": "Harbour Lights", "role": "worked on"},
    {"type": "show", "title": "Iron Meadow", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Iron Meadow", "date": "2025-07-11", "network": "Hulu"},
    {"type": "credit", "show": "Iron Meadow", "person": "Rhea Calloway", "role": "actor", "character": "Wren",
     "billing": 1},
    {"type": "show", "title": "Velvet Pier", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Velvet Pier", "date": "2025-05-04", "network": "Hulu"},
]  # fmt: skip


@pytest.fixture(scope="module")
def threads(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    """A question engine over a BBC One show and two Hulu shows, one sharing its lead."""
    kb: Knowledge = asyncio.run(load_invented(Path(tmp_path_factory.mktemp("threads")), FACTS))
    return QuestionEngine(kb, clock=lambda: TODAY)


def test_a_given_name_says_he_or_she_only_when_it_is_plain() -> None:
    assert name_gender("Helen Ashby") == "she"
    assert name_gender("Marcus Vell") == "he"
    assert name_gender("Sam Rivers") is None


async def test_he_skips_the_woman_named_last_for_the_man_before_her(threads: QuestionEngine) -> None:
    answer = await chat(
        threads, "who directed amber coast season 1", "who created it", "what else has he worked on"
    )
    assert "Harbour Lights" in answer.text


async def test_a_count_called_that_is_compared_as_that_count(threads: QuestionEngine) -> None:
    answer = await chat(threads, "how many bafta noms did amber coast get", "is that more than its emmy noms")
    assert answer.text.startswith("Yes")


async def test_within_a_week_bounds_the_date_just_given(threads: QuestionEngine) -> None:
    answer = await chat(threads, "when does velvet pier come out", "is that within a week")
    assert answer.text.startswith("Yes")


async def test_in_a_season_for_a_director_of_others_checks_directing(threads: QuestionEngine) -> None:
    answer = await chat(threads, "who directed amber coast season 1", "is he in season 3 too")
    assert answer.text.startswith("No") and "Owen Price" in answer.text


async def test_her_other_show_asked_when_is_that_show(threads: QuestionEngine) -> None:
    answer = await chat(
        threads, "who does rhea calloway play in iron meadow", "and her other show, when is that back"
    )
    assert "June 5" in answer.text


async def test_same_platform_checks_the_show_on_the_one_before_its_network(threads: QuestionEngine) -> None:
    answer = await chat(threads, "when is amber coast season 3 out", "and iron meadow?", "same platform?")
    assert answer.text.startswith("No") and "Hulu" in answer.text


@pytest.mark.parametrize(("other", "first"), [("velvet pier", "Yes"), ("amber coast", "No")])
async def test_same_as_a_show_after_a_network_answer_checks_that_show_on_it(
    threads: QuestionEngine, other: str, first: str
) -> None:
    # No word for a network is said: the last question asked for one.
    answer = await chat(threads, "what network is iron meadow on", f"same as {other}?")
    assert answer.text.startswith(first)


async def test_same_as_a_show_after_a_date_is_not_a_network_check(threads: QuestionEngine) -> None:
    answer = await chat(threads, "when is iron meadow out", "same as velvet pier?")
    assert "2025-05-04" in answer.answers and not answer.text.startswith("Yes")


@pytest.mark.parametrize("ellipsis", ["and in iron meadow?", "what about in iron meadow"])
async def test_a_characters_actor_is_followed_to_a_show_without_that_character(
    threads: QuestionEngine, ellipsis: str
) -> None:
    answer = await chat(threads, "who plays ines marlow in amber coast", ellipsis)
    assert "Wren" in answer.text and "Ines Marlow" not in answer.text


async def test_a_character_asked_in_a_show_lacking_its_actor_stays_the_characters_question(
    threads: QuestionEngine,
) -> None:
    answer = await chat(threads, "who plays tomas reyne in amber coast", "and in iron meadow?")
    assert "Wren" not in answer.text


@pytest.mark.parametrize("fragment", ["her role in iron meadow?", "and her character in iron meadow"])
async def test_a_part_asked_as_a_noun_with_a_pronoun_is_that_persons_part_there(
    threads: QuestionEngine, fragment: str
) -> None:
    answer = await chat(threads, "who plays ines marlow", fragment)
    assert "Wren" in answer.text


@pytest.mark.parametrize("check", ["has he done any hulu stuff", "did he direct a hulu show"])
async def test_a_show_described_after_a_verb_of_work_is_checked_not_the_conversations_show(
    threads: QuestionEngine, check: str
) -> None:
    # Not "yes, he directed Amber Coast": the described Hulu show is the one asked about.
    answer = await chat(threads, "who directed amber coast season 3", check)
    assert answer.text.startswith("No") and "Iron Meadow" in answer.text


async def test_a_check_of_someone_in_a_show_after_their_part_is_a_check_not_the_part_again(
    threads: QuestionEngine,
) -> None:
    answer = await chat(threads, "who does dario fenn play", "and is dario fenn in iron meadow?")
    assert answer.text.startswith("No") and "Tomas Reyne" not in answer.text.split(".")[0]


async def test_the_other_one_with_what_only_a_person_does_is_the_other_person_not_season(
    threads: QuestionEngine,
) -> None:
    answer = await chat(threads, "who directed amber coast season 3", "what has the other one worked on")
    assert "Harbour Lights" in answer.text


async def test_a_wrong_guess_after_a_comma_is_said_wrong_first(threads: QuestionEngine) -> None:
    answer = await chat(threads, "who plays ines marlow, dario fenn?")
    assert answer.text.startswith("No") and "Rhea Calloway" in answer.text


async def test_by_then_is_the_date_just_given(threads: QuestionEngine) -> None:
    answer = await chat(threads, "when is amber coast season 3 out", "will iron meadow be out by then")
    assert answer.text.startswith("No")
