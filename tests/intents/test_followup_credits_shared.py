"""Follow-ups that point at people and shows by description (invented facts): a show's picture stands for
the show, "who is then" after a no, "the <show> guy" in another show, "the other guy" of a credit, "who do
they play" after a cast list, "the old ones" as earlier seasons, "who else ... besides ..."."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.engine import QuestionEngine
from tests.helpers import last_text
from tests.intents.invented import load_invented

NOW = dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-shared", "outlet": "Test Wire", "title": "Bramble Court films season 2",
     "published": "2025-04-01"},
    {"type": "show", "title": "Bramble Court", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Bramble Court", "season": 1, "date": "2023-01-10", "network": "Hulu"},
    {"type": "release", "show": "Bramble Court", "season": 2, "date": "2025-06-01", "network": "Hulu"},
    {"type": "credit", "show": "Bramble Court", "person": "Ines Marlow", "role": "director", "seasons": "1"},
    {"type": "credit", "show": "Bramble Court", "person": "Rafe Dunmore", "role": "director", "seasons": "2"},
    {"type": "credit", "show": "Bramble Court", "person": "Tomas Keel", "role": "actor",
     "character": "Oren Pike", "billing": 1},
    {"type": "credit", "show": "Bramble Court", "person": "Lila Sarno", "role": "actor",
     "character": "June Pike", "billing": 2},
    {"type": "credit", "show": "Bramble Court", "person": "Bex Ayodele", "role": "actor", "billing": 3},
    {"type": "credit", "show": "Bramble Court", "person": "Marco Vell", "role": "actor", "billing": 4},
    {"type": "credit", "show": "Bramble Court", "person": "Odessa Finch", "role": "creator"},
    {"type": "credit", "show": "Bramble Court", "person": "Odessa Finch", "role": "novelist"},
    {"type": "work", "person": "Ines Marlow", "title": "Grey Harbour", "role": "directed episodes"},
    {"type": "work", "person": "Rafe Dunmore", "title": "Kestrel Point", "role": "directed episodes"},
    {"type": "show", "title": "Salt Hollow", "kind": "series", "network": "Peacock",
     "synopsis": "A seaside spin-off of Bramble Court."},
    {"type": "release", "show": "Salt Hollow", "date": "2025-03-03", "network": "Peacock"},
    {"type": "credit", "show": "Salt Hollow", "person": "Tomas Keel", "role": "actor",
     "character": "Young Warden", "billing": 1},
    {"type": "credit", "show": "Salt Hollow", "person": "Greta Osk", "role": "actor", "character": "Marla",
     "billing": 2},
]  # fmt: skip


@pytest.fixture(scope="module")
def shared_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(load_invented(tmp_path_factory.mktemp("shared"), FACTS))


@pytest.fixture
def engine(shared_knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(shared_knowledge, clock=lambda: NOW)


async def test_being_in_a_shows_picture_is_being_in_the_show(engine: QuestionEngine) -> None:
    last = await last_text(
        engine, "who plays oren pike in bramble court", "is he in that new s2 bts pic hulu posted", now=NOW
    )
    assert last.startswith("Yes") and "Tomas Keel" in last


async def test_whos_in_a_titled_photo_is_the_shows_cast(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's in the new bramble court photo hulu dropped", Conversation(), NOW)
    assert "Tomas Keel" in answer.text and "Lila Sarno" in answer.text


async def test_who_is_then_after_a_no_asks_the_check_with_who(engine: QuestionEngine) -> None:
    last = await last_text(
        engine,
        "who directed bramble court season 1",
        "is she directing s2 as well?",
        "ok who is then",
        now=NOW,
    )
    assert "Rafe Dunmore" in last


async def test_the_shows_guy_in_another_show_is_the_actor_in_both(engine: QuestionEngine) -> None:
    last = await last_text(engine, "who's in salt hollow", "is the bramble court guy in it", now=NOW)
    assert last.startswith("Yes") and "Tomas Keel" in last


async def test_the_other_guy_after_one_credited_person_is_the_other_with_that_credit(
    engine: QuestionEngine,
) -> None:
    last = await last_text(
        engine, "what else has rafe dunmore directed", "nah the other guy, the s1 one", now=NOW
    )
    assert "Grey Harbour" in last and "Kestrel Point" not in last


async def test_who_do_they_play_after_a_cast_list_gives_the_characters(engine: QuestionEngine) -> None:
    last = await last_text(engine, "who's in bramble court", "who do they play", now=NOW)
    assert "Oren Pike" in last and "June Pike" in last


async def test_the_old_ones_after_the_new_season_are_the_seasons_before_it(engine: QuestionEngine) -> None:
    last = await last_text(
        engine, "when's the new season of bramble court out", "who directed the old ones", now=NOW
    )
    assert "Ines Marlow" in last and "Rafe Dunmore" not in last


async def test_who_else_besides_people_described_asks_the_cast(engine: QuestionEngine) -> None:
    last = await last_text(
        engine, "who's in bramble court", "who else is in it besides him and the two main girls", now=NOW
    )
    assert "Bex Ayodele" in last and "don't have facts" not in last


async def test_whos_the_other_guy_in_it_says_whom_he_plays(engine: QuestionEngine) -> None:
    last = await last_text(
        engine, "is tomas keel in bramble court", "and lila sarno?", "who's the other guy in it", now=NOW
    )
    assert "Tomas Keel plays Oren Pike" in last


async def test_a_roughly_named_character_is_asked_about_in_the_conversations_show(
    engine: QuestionEngine,
) -> None:
    last = await last_text(engine, "who plays oren pike", "marlo?", now=NOW)
    assert last.startswith("I don't have") and "Bramble Court" in last


async def test_anything_else_from_a_novelist_with_no_other_work_names_the_novels(
    engine: QuestionEngine,
) -> None:
    last = await last_text(engine, "who created bramble court", "did she write anything else", now=NOW)
    assert "Bramble Court novels" in last


async def test_the_spinoff_is_the_conversations_show_when_it_is_one(engine: QuestionEngine) -> None:
    last = await last_text(
        engine, "where can i watch salt hollow", "release date for the spinoff then?", now=NOW
    )
    assert "Salt Hollow premiered" in last


async def test_the_network_show_someone_is_known_for_is_the_subject_of_its_question(
    engine: QuestionEngine,
) -> None:
    last = await last_text(
        engine,
        "who's in salt hollow",
        "and the hulu show he's known for, when does its new season come",
        now=NOW,
    )
    assert "Bramble Court season 2" in last
