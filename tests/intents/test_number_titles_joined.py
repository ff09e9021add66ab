"""A title of numbers joined by dots or dashes ("11.22.63", "9-1-1") is one name nobody knows: said back as
typed, read after "the new season of", and never cut into a catalog film named by one of its numbers."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, last_text

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
SEED_FACTS = ("Heartstopper", "Kit Connor", "Joe Locke", "Newberry", "Lyn", "October 3")
CATALOG = """\
9|directed_by|Pia Valdane
9|release_year|2009
"""


@pytest.fixture(scope="module")
def catalog_engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("joined"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_a_dotted_title_is_said_back_as_typed(engine: QuestionEngine) -> None:
    for question in ("who starred in 11.22.63", "who's directing the new season of 11.22.63"):
        reply = await last_text(engine, question, now=NOW)
        assert reply.startswith("I don't have facts about 11.22.63."), question
        assert not any(fact in reply for fact in SEED_FACTS), question


async def test_a_season_of_a_dashed_title_names_the_whole_title(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "when is season 2 of 9-1-1 out", now=NOW)
    assert reply.startswith("I don't have facts about 9-1-1.")


async def test_a_film_named_by_one_of_the_numbers_is_not_the_title(catalog_engine: QuestionEngine) -> None:
    assert "Pia Valdane" not in await last_text(catalog_engine, "who directed 9-1-1", now=NOW)
    assert "Pia Valdane" in await last_text(catalog_engine, "who directed 9", now=NOW)


def test_a_name_holding_part_of_joined_numbers_cuts_them() -> None:
    from intents.number_spelling import cuts_joined_numbers  # here: the other tests run without it

    tokens = "who directed 9 1 1".split()
    assert cuts_joined_numbers("who directed 9-1-1", tokens, 2, 3)
    assert not cuts_joined_numbers("who directed 9-1-1", tokens, 2, 5)
    assert not cuts_joined_numbers("who directed 9 1 1", tokens, 2, 3)


def test_a_number_after_a_season_of_is_a_title_unless_a_recent_year() -> None:
    from intents.number_titles import number_title

    title = number_title("whos in the new season of 1923".split(), set())
    assert title is not None and title.words == ["1923"]
    assert number_title("what was the best episode of 2023".split(), set()) is None
