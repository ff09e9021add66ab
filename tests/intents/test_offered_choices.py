"""A fan's pick after a "did you mean" between two people asks the question again of the one picked (two
invented actors sharing a surname, in two invented shows)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-quill", "outlet": "Test Wire", "title": "Two Quills",
     "published": "2025-02-01"},
    {"type": "show", "title": "Harbour Lights", "kind": "series", "network": "Hulu"},
    {"type": "show", "title": "Copper Vale", "kind": "series", "network": "HBO"},
    {"type": "show", "title": "Northern Ash", "kind": "series", "network": "HBO"},
    {"type": "credit", "show": "Harbour Lights", "person": "Mara Quill", "role": "actor",
     "character": "Ines"},
    {"type": "credit", "show": "Northern Ash", "person": "Mara Quill", "role": "actor", "character": "Rook"},
    {"type": "credit", "show": "Copper Vale", "person": "Tobias Quill", "role": "actor", "character": "Abel"},
]  # fmt: skip


@pytest.fixture(scope="module")
def quills(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and the two Quills, loaded once."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("quills"), FACTS))


async def _after_the_offer(knowledge: Knowledge, pick: str) -> str:
    engine = QuestionEngine(knowledge, clock=lambda: TODAY)
    conversation = Conversation()
    offered = await engine.answer("what else has quill been in", conversation=conversation, now=TODAY)
    assert offered.kind == "clarify" and set(offered.suggestions) == {"Mara Quill", "Tobias Quill"}
    return (await engine.answer(pick, conversation=conversation, now=TODAY)).text


async def test_a_first_name_picks_and_the_question_is_asked_again(quills: Knowledge) -> None:
    # "what else has quill been in" asked again of Mara Quill: her other show, not who she is
    assert (await _after_the_offer(quills, "mara")).startswith("Besides Harbour Lights, Mara Quill")


async def test_a_show_picks_the_one_credited_in_it(quills: Knowledge) -> None:
    assert "Tobias Quill" in await _after_the_offer(quills, "the copper vale one")
    in_harbour_lights = await _after_the_offer(quills, "oh the one in harbour lights")
    assert in_harbour_lights.startswith("Besides Harbour Lights")


async def test_a_place_in_the_offer_picks(quills: Knowledge) -> None:
    engine = QuestionEngine(quills, clock=lambda: TODAY)
    conversation = Conversation()
    offered = await engine.answer("what else has quill been in", conversation=conversation, now=TODAY)
    second = offered.suggestions[1].split()[0]
    assert second in (await engine.answer("the second one", conversation=conversation, now=TODAY)).text


async def test_a_new_question_after_the_offer_is_its_own(quills: Knowledge) -> None:
    text = await _after_the_offer(quills, "who plays abel in copper vale")
    assert text.startswith("Tobias Quill plays Abel")


async def test_a_pick_long_after_the_offer_is_no_pick(quills: Knowledge) -> None:
    engine = QuestionEngine(quills, clock=lambda: TODAY)
    conversation = Conversation()
    await engine.answer("what else has quill been in", conversation=conversation, now=TODAY)
    await engine.answer("when does heartstopper season 3 come out", conversation=conversation, now=TODAY)
    assert not (await engine.answer("mara", conversation=conversation, now=TODAY)).text.startswith("Besides")
