"""A show's crew described by its network or put first with a possessive ("the bbc one show's writer, what
else has he done", "heartstopper's directors, what else have they done"), and a network-described show no
held show is ("the hulu show"): said missing, never answered with another show's facts. Names are made up."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-crew-networks", "outlet": "Test Wire", "title": "Crews",
     "published": "2024-08-01"},
    {"type": "show", "title": "Gull Harbour", "kind": "series", "network": "BBC One"},
    {"type": "release", "show": "Gull Harbour", "season": 1, "date": "2023-02-01", "network": "BBC One"},
    {"type": "credit", "show": "Gull Harbour", "person": "Morwen Tace", "role": "writer"},
    {"type": "work", "person": "Morwen Tace", "title": "Cliffside", "role": "worked on"},
    {"type": "show", "title": "Iron Ledger", "kind": "series", "network": "FX"},
    {"type": "release", "show": "Iron Ledger", "season": 1, "date": "2024-02-27", "network": "FX"},
    {"type": "credit", "show": "Iron Ledger", "person": "Petra Volk", "role": "creator"},
    {"type": "credit", "show": "Iron Ledger", "person": "Anselm Rudd", "role": "creator"},
    {"type": "work", "person": "Petra Volk", "title": "Saltwind", "role": "worked on"},
    {"type": "work", "person": "Anselm Rudd", "title": "The Long Quiet", "role": "worked on"},
]  # fmt: skip


@pytest.fixture(scope="module")
def crew_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and two invented shows, loaded once per module."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("crew_networks"), FACTS))


@pytest.fixture
def crews(crew_knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(crew_knowledge, clock=lambda: NOW)


@pytest.mark.parametrize(
    "question",
    [
        "the bbc one show's writer, what are his other shows",
        "what else has the writer of the bbc one drama written",
        "gull harbour's writer, what else has she done",
        "the bbc show's writer, what else has he worked on",
    ],
)
async def test_a_network_or_possessive_described_writer_is_found(
    crews: QuestionEngine, question: str
) -> None:
    answer = await crews.answer(question, now=NOW)
    assert "Morwen Tace" in answer.text and "Cliffside" in answer.text


async def test_plural_creators_of_a_described_show_are_all_found(crews: QuestionEngine) -> None:
    answer = await crews.answer("the fx series' creators, what else have they done", now=NOW)
    assert "Saltwind" in answer.text and "The Long Quiet" in answer.text


async def test_plural_directors_put_first_are_all_found(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper's directors, what else have they done", now=NOW)
    assert "Doctor Who" in answer.text and "Shetland" in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who's the lead actress in the paramount+ show", "I don't have a show on Paramount+"),
        ("the hulu series, when's it back", "I don't have a series on Hulu"),
        ("the 2019 netflix series, who created it", "I don't have a 2019 Netflix series"),
        ("who wrote the hulu show", "I don't have a show on Hulu"),
    ],
)
async def test_a_network_described_show_none_fits_is_said_missing(
    engine: QuestionEngine, question: str, said: str
) -> None:
    answer = await engine.answer(question, now=NOW)
    assert answer.text.startswith(said)
    assert "Alice Osman" not in answer.text and "Joe Locke" not in answer.text


async def test_a_network_described_show_that_fits_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("who created the 2022 netflix series", now=NOW)
    assert "Alice Osman" in answer.text


async def test_saying_what_a_show_is_on_is_no_description(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper a hulu show", now=NOW)
    assert answer.text.startswith("No")
