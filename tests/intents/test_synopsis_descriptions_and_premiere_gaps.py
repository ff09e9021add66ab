"""Issue 8 (two27): shows described by their synopsis's words and by the year they first came out, a final
season's episode count, gaps said in fortnights or "longer than", one season number said for both shows
compared, a bare season read as the one premiering near today, "is X the guy who did T" checked, who plays
opposite a character, and which (or how many) episodes someone directed."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-two27", "outlet": "Test Wire", "title": "Tidal Hearts and Iron Orchard",
     "published": "2024-08-01"},
    {"type": "show", "title": "Tidal Hearts", "kind": "series", "network": "Hulu",
     "synopsis": "Two Welsh lifeguards fall in love over one long summer on the coast."},
    {"type": "release", "show": "Tidal Hearts", "date": "2023-06-01", "network": "Hulu"},
    {"type": "release", "show": "Tidal Hearts", "season": 2, "date": "2025-03-01", "network": "Hulu"},
    {"type": "release", "show": "Tidal Hearts", "season": 3, "date": "2026-05-01", "network": "Hulu"},
    {"type": "season", "show": "Tidal Hearts", "number": 2, "episodes": 8},
    {"type": "descriptor", "show": "Tidal Hearts", "kind": "status", "value": "final season: 3"},
    {"type": "season", "show": "Tidal Hearts", "number": 3, "episodes": 7},
    {"type": "credit", "show": "Tidal Hearts", "person": "Mara Quill", "role": "actor", "character": "Rhian",
     "billing": 1},
    {"type": "credit", "show": "Tidal Hearts", "person": "Tobin Ash", "role": "actor", "character": "Dai",
     "billing": 2},
    {"type": "credit", "show": "Tidal Hearts", "person": "Owen Pryce", "role": "creator"},
    {"type": "credit", "show": "Tidal Hearts", "person": "Lena Fjord", "role": "director", "seasons": "2"},
    {"type": "work", "person": "Owen Pryce", "title": "Harbour Lights", "role": "worked on"},
    {"type": "show", "title": "Iron Orchard", "kind": "series", "network": "Hulu",
     "synopsis": "A family of cider makers fights a rival farm."},
    {"type": "release", "show": "Iron Orchard", "season": 1, "year": 2021, "network": "Hulu"},
    {"type": "release", "show": "Iron Orchard", "season": 2, "date": "2025-03-20", "network": "Hulu"},
    {"type": "season", "show": "Iron Orchard", "number": 1, "episodes": 6},
    {"type": "credit", "show": "Iron Orchard", "person": "Pia Stone", "role": "director", "seasons": "1",
     "episodes": 3},
    {"type": "credit", "show": "Iron Orchard", "person": "Cal Brenn", "role": "actor", "character": "Hob"},
    {"type": "work", "person": "Pia Stone", "title": "Glass Towns", "role": "directed episodes"},
]  # fmt: skip


@pytest.fixture(scope="module")
def two27_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts plus two invented Hulu shows with synopses, years and a season 3 far from today."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("two27"), FACTS))


@pytest.fixture
def invented(two27_knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(two27_knowledge, clock=lambda: NOW)


async def test_a_show_described_by_what_it_is_about_is_read_as_its_title(invented: QuestionEngine) -> None:
    about = await invented.answer("who created the show about welsh lifeguards", now=NOW)
    assert "Owen Pryce" in about.text
    before_noun = await invented.answer(
        "the lifeguard romance series, who directs its second season", now=NOW
    )
    assert "Lena Fjord" in before_noun.text
    relative = await invented.answer(
        "the series about cider makers who fight a rival, who directed it", now=NOW
    )
    assert "Pia Stone" in relative.text


async def test_a_description_no_synopsis_holds_names_no_show(invented: QuestionEngine) -> None:
    answer = await invented.answer("who created the show about a haunted lighthouse", now=NOW)
    assert "Owen Pryce" not in answer.text and "Alice Osman" not in answer.text


async def test_a_show_described_by_its_first_year_and_network(invented: QuestionEngine) -> None:
    before = await invented.answer("who created the 2023 hulu show", now=NOW)
    assert "Owen Pryce" in before.text
    after = await invented.answer("the hulu series from 2021, who directed it", now=NOW)
    assert "Pia Stone" in after.text


async def test_a_final_seasons_episodes_are_the_latest_seasons(invented: QuestionEngine) -> None:
    answer = await invented.answer("how many episodes are in the final season of tidal hearts", now=NOW)
    assert "7 episodes" in answer.text


async def test_a_gap_bound_in_fortnights_or_longer_than(engine: QuestionEngine) -> None:
    fortnight = await engine.answer("is there more than a fortnight between agatha and hs3", now=NOW)
    assert fortnight.text.startswith("Yes")
    longer = await engine.answer(
        "is the gap between agatha all along and hs3 longer than three weeks", now=NOW
    )
    assert longer.text.startswith("No") and "15 days" in longer.text
    spanned = await engine.answer("is it more than two weeks from agatha to hs3", now=NOW)
    assert spanned.text.startswith("Yes")


async def test_one_season_number_said_for_both_shows(invented: QuestionEngine) -> None:
    answer = await invented.answer(
        "how many days between the second seasons of tidal hearts and iron orchard", now=NOW
    )
    assert "19 days" in answer.text
    after = await invented.answer(
        "how many days apart are the tidal hearts and iron orchard second seasons", now=NOW
    )
    assert "19 days" in after.text


async def test_a_bare_season_first_is_the_one_premiering_near_today(invented: QuestionEngine) -> None:
    # Tidal Hearts has a season 3 too, but far off: "s3" is Heartstopper's, not Agatha's or Tidal Hearts'.
    answer = await invented.answer("does s3 come out before agatha", now=NOW)
    assert answer.text.startswith("No") and "Heartstopper season 3" in answer.text


async def test_is_someone_the_person_a_description_finds(invented: QuestionEngine) -> None:
    other = await invented.answer("is pia stone the guy who did harbour lights", now=NOW)
    assert other.text.startswith("No") and "Owen Pryce" in other.text
    same = await invented.answer("is owen pryce the person who worked on harbour lights", now=NOW)
    assert same.text.startswith("Yes")


async def test_who_plays_opposite_a_character_is_the_other_lead(invented: QuestionEngine) -> None:
    answer = await invented.answer("who plays opposite rhian", now=NOW)
    assert "Tobin Ash" in answer.text
    character = await invented.answer("who plays the character opposite dai", now=NOW)
    assert "Mara Quill" in character.text


async def test_which_episodes_someone_directed_is_said_unknown(invented: QuestionEngine) -> None:
    which = await invented.answer("which episode of tidal hearts did lena fjord direct", now=NOW)
    assert which.text.startswith("I don't know which episodes Lena Fjord directed")
    assert "Tidal Hearts season 2" in which.text
    counted = await invented.answer("how many episodes of iron orchard did pia stone direct", now=NOW)
    assert counted.text.startswith("Pia Stone directed 3 episodes of Iron Orchard season 1")
