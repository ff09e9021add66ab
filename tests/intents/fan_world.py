"""An invented world for the fan-phrasing tests (tests/intents/test_fan_phrasings*.py): three shows with
seasons, scores, creators and casts, beside the seed facts. Every name is made up."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-fan-world", "outlet": "Test Wire", "title": "Ember Crossing ends",
     "published": "2025-02-01"},
    {"type": "show", "title": "Ember Crossing", "kind": "series", "network": "Hulu", "aliases": ["Ember"]},
    {"type": "release", "show": "Ember Crossing", "season": 1, "date": "2021-05-02", "network": "Hulu"},
    {"type": "release", "show": "Ember Crossing", "season": 2, "date": "2025-06-10", "network": "Hulu"},
    {"type": "season", "show": "Ember Crossing", "number": 1, "episodes": 8},
    {"type": "season", "show": "Ember Crossing", "number": 2, "episodes": 6},
    {"type": "descriptor", "show": "Ember Crossing", "kind": "status", "value": "final season: 2"},
    {"type": "credit", "show": "Ember Crossing", "person": "Tobias Grell", "role": "actor",
     "character": "Marisol Dunne", "billing": 1},
    {"type": "credit", "show": "Ember Crossing", "person": "Dana Lower", "role": "actor", "billing": 2},
    {"type": "rating", "show": "Ember Crossing", "source": "Rotten Tomatoes", "audience": "critics",
     "value": 84, "scale": "%"},
    {"type": "rating", "show": "Ember Crossing", "source": "Rotten Tomatoes", "audience": "audience",
     "value": 79, "scale": "%"},
    {"type": "rating", "show": "Ember Crossing", "source": "IMDb", "audience": "users", "value": 7.6,
     "scale": "/10"},
    {"type": "show", "title": "The Quiet Orchard", "kind": "series", "network": "Apple TV+"},
    {"type": "release", "show": "The Quiet Orchard", "season": 1, "year": 2021, "network": "Apple TV+"},
    {"type": "release", "show": "The Quiet Orchard", "season": 2, "date": "2024-11-01",
     "network": "Apple TV+"},
    {"type": "season", "show": "The Quiet Orchard", "number": 2, "episodes": 10},
    {"type": "credit", "show": "The Quiet Orchard", "person": "Wendell Harp", "role": "creator"},
    {"type": "credit", "show": "The Quiet Orchard", "person": "Priya Castellan", "role": "actor",
     "character": "Ines Marr", "billing": 1},
    {"type": "work", "person": "Wendell Harp", "title": "Night Ferry", "role": "worked on"},
    {"type": "credit", "show": "The Quiet Orchard", "person": "Lena Sorvik", "role": "director",
     "seasons": "2"},
    {"type": "credit", "show": "The Quiet Orchard", "person": "Priya Castellan", "role": "producer"},
    {"type": "descriptor", "show": "The Quiet Orchard", "kind": "status", "value": "renewed for season 3"},
    {"type": "season", "show": "The Quiet Orchard", "number": 3},
    {"type": "rating", "show": "The Quiet Orchard", "source": "Rotten Tomatoes", "audience": "critics",
     "value": 91, "scale": "%"},
    {"type": "rating", "show": "The Quiet Orchard", "source": "IMDb", "audience": "users", "value": 8.4,
     "scale": "/10"},
    {"type": "show", "title": "The Last Ferry", "kind": "series", "network": "BBC One"},
    {"type": "release", "show": "The Last Ferry", "date": "2020-03-01", "network": "BBC One"},
]  # fmt: skip


@pytest.fixture(scope="module")
def fan_world_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and the invented shows, loaded once per module."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("fan_world"), FACTS))


@pytest.fixture
def fans(fan_world_knowledge: Knowledge) -> QuestionEngine:
    """A question engine over the invented world, its clock on March 1, 2025."""
    return QuestionEngine(fan_world_knowledge, clock=lambda: TODAY)
