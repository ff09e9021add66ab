"""An invented world for follow-up tests: two shows with several seasons, creators, directors and scores, and
three more on a broadcaster and streamers, beside the seed facts. Every name is made up."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-followups", "outlet": "Test Wire", "title": "Copper Lanterns returns",
     "published": "2025-04-01"},
    {"type": "show", "title": "Copper Lanterns", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Copper Lanterns", "season": 1, "date": "2023-03-10", "network": "Hulu"},
    {"type": "release", "show": "Copper Lanterns", "season": 2, "date": "2025-06-05", "network": "Hulu"},
    {"type": "season", "show": "Copper Lanterns", "number": 1, "episodes": 8},
    {"type": "season", "show": "Copper Lanterns", "number": 2, "episodes": 10},
    {"type": "credit", "show": "Copper Lanterns", "person": "Mara Quillon", "role": "creator"},
    {"type": "credit", "show": "Copper Lanterns", "person": "Teodor Vance", "role": "creator"},
    {"type": "credit", "show": "Copper Lanterns", "person": "Pia Lindqvist", "role": "director",
     "seasons": "2"},
    {"type": "credit", "show": "Copper Lanterns", "person": "Nadia Ferris", "role": "actor",
     "character": "Wren Hale", "billing": 1},
    {"type": "credit", "show": "Copper Lanterns", "person": "Callum Otieno", "role": "actor",
     "character": "Jasper Hale", "billing": 2},
    {"type": "work", "person": "Mara Quillon", "title": "Glass Orchard", "role": "worked on"},
    {"type": "work", "person": "Teodor Vance", "title": "The Salt Road", "role": "worked on"},
    {"type": "work", "person": "Pia Lindqvist", "title": "Northern Tide", "role": "directed episodes"},
    {"type": "rating", "show": "Copper Lanterns", "source": "Rotten Tomatoes", "audience": "critics",
     "value": 88, "scale": "%"},
    {"type": "award", "show": "Copper Lanterns", "body": "Emmy Awards", "outcome": "nominated",
     "category": "Outstanding Drama Series"},
    {"type": "descriptor", "show": "Copper Lanterns", "kind": "status", "value": "final season: 2"},
    {"type": "descriptor", "show": "Harbor Nine", "kind": "status", "value": "renewed for season 3"},
    {"type": "release", "show": "Harbor Nine", "season": 2, "date": "2025-05-20", "network": "Peacock"},
    {"type": "show", "title": "Harbor Nine", "kind": "series", "network": "Peacock"},
    {"type": "credit", "show": "Harbor Nine", "person": "Odile Brandt", "role": "actor",
     "character": "Captain Vey", "billing": 1},
    {"type": "release", "show": "Harbor Nine", "date": "2025-02-14", "network": "Peacock"},
    {"type": "credit", "show": "Harbor Nine", "person": "Lise Armitage", "role": "creator"},
    {"type": "rating", "show": "Harbor Nine", "source": "Rotten Tomatoes", "audience": "critics",
     "value": 75, "scale": "%"},
    {"type": "rating", "show": "Harbor Nine", "source": "Rotten Tomatoes", "audience": "audience",
     "value": 81, "scale": "%"},
    {"type": "show", "title": "Fenwick Lane", "kind": "series", "network": "BBC One"},
    {"type": "show", "title": "Tinder Hollow", "kind": "series", "network": "Prime Video"},
    {"type": "show", "title": "The Last Lighthouse", "kind": "series", "network": "Hulu"},
]  # fmt: skip


@pytest.fixture(scope="module")
def world_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and the invented shows, loaded once per module."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("followups"), FACTS))


@pytest.fixture
def world(world_knowledge: Knowledge) -> QuestionEngine:
    """A question engine over the invented world, its clock on May 1, 2025."""
    return QuestionEngine(world_knowledge, clock=lambda: TODAY)
