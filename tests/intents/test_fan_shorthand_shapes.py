"""Fans' shorthand and out-yet shapes read from names the facts hold (issue 8): a show's acronym that is also
a chat word before a season tag, initials two people share, a person's name beside "show" alone, and an
out-yet check that ends on its verb."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-shapes", "outlet": "Test Wire", "title": "A moorland drama returns",
     "published": "2025-01-10"},
    {"type": "show", "title": "Silver Moor", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Silver Moor", "season": 2, "date": "2025-05-01", "network": "Hulu"},
    {"type": "season", "show": "Silver Moor", "number": 2, "episodes": 7},
    {"type": "descriptor", "show": "Silver Moor", "kind": "status", "value": "final season: 2"},
    {"type": "credit", "show": "Silver Moor", "person": "Dara Lisk", "role": "actor", "character": "Wren"},
    {"type": "credit", "show": "Silver Moor", "person": "Dov Lathe", "role": "actor", "character": "Cole"},
    {"type": "credit", "show": "Silver Moor", "person": "Tess Varrow", "role": "creator"},
]  # fmt: skip
BEFORE = dt.datetime(2025, 4, 20, 12, tzinfo=dt.UTC)
AFTER = dt.datetime(2025, 5, 20, 12, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and one invented show whose acronym ("sm") is also chat ("so much")."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("shapes"), FACTS))


@pytest.fixture
def engine(invented: Knowledge) -> QuestionEngine:
    return QuestionEngine(invented, clock=lambda: BEFORE)


async def test_a_chat_word_acronym_before_a_season_tag_is_the_show(engine: QuestionEngine) -> None:
    assert "7" in (await engine.answer("sm s2 ep count")).text
    assert "May 1" in (await engine.answer("sm2 date")).text


async def test_a_chat_word_acronym_alone_stays_chat(engine: QuestionEngine) -> None:
    assert "Silver Moor" not in (await engine.answer("thanks sm")).text


async def test_initials_two_people_share_ask_which(engine: QuestionEngine) -> None:
    answer = await engine.answer("dl role?")
    assert answer.kind == "clarify"
    assert "Dara Lisk" in answer.text and "Dov Lathe" in answer.text


async def test_initials_no_one_has_are_no_one(engine: QuestionEngine) -> None:
    assert (await engine.answer("qzx role")).kind != "clarify"


async def test_a_persons_show_alone_names_their_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("varrow's show")
    assert answer.kind == "answer" and "Silver Moor" in answer.text


async def test_an_out_yet_check_ending_on_its_verb_says_yes_or_no(engine: QuestionEngine) -> None:
    assert (await engine.answer("silver moor s2 dropped?")).text.startswith("No")
    assert (await engine.answer("silver moor s2 dropped?", now=AFTER)).text.startswith("Yes")


async def test_the_final_seasons_date_is_the_premiere_of_the_final_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("silver moor final szn date")
    assert answer.intent == "premiere" and "May 1" in answer.text


async def test_whether_a_season_is_the_final_one_is_still_its_status(engine: QuestionEngine) -> None:
    assert (await engine.answer("is season 2 the final season of silver moor")).text.startswith("Yes")
