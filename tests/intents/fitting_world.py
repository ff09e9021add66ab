"""An invented world beside the seed facts for the tests of a show guessed from what a question asks
(tests/intents/test_fitting_shows.py) and of a season described without its show: the best-covered show
has no scores, no awards and no directors; another has them all."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

_CAST = [f"Player {chr(65 + n)} Doe" for n in range(26)]
FACTS = [
    {"type": "article", "key": "t-fitting", "outlet": "Test Wire", "title": "Two shows",
     "published": "2025-02-01"},
    {"type": "show", "title": "Harbour Lights", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Harbour Lights", "season": 1, "date": "2024-05-02", "network": "Hulu"},
    *({"type": "credit", "show": "Harbour Lights", "person": p, "role": "actor"} for p in _CAST),
    {"type": "show", "title": "Copper Fields", "kind": "series", "network": "Peacock"},
    {"type": "release", "show": "Copper Fields", "season": 3, "date": "2025-06-10", "network": "Peacock"},
    {"type": "credit", "show": "Copper Fields", "person": "Mara Quill", "role": "director", "seasons": "2-3",
     "episodes": 14},
    {"type": "work", "person": "Mara Quill", "title": "Lantern Bay", "role": "directed episodes"},
    {"type": "work", "person": "Mara Quill", "title": "Dust Road", "role": "directed episodes"},
    {"type": "work", "person": "Mara Quill", "title": "Night Tide: A Harbour Story",
     "role": "directed episodes"},
    {"type": "credit", "show": "Copper Fields", "person": "Tessa Vane", "role": "creator"},
    {"type": "credit", "show": "Copper Fields", "person": "Juno Pike", "role": "director", "seasons": "1"},
    {"type": "credit", "show": "Copper Fields", "person": "Ada Brisk", "role": "novelist"},
    {"type": "show", "title": "Salt Flats", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Salt Flats", "date": "2024-02-02", "network": "Hulu"},
    {"type": "credit", "show": "Salt Flats", "person": "Ivo Brandt", "role": "director"},
    {"type": "rating", "show": "Copper Fields", "source": "IMDb", "audience": "users", "value": 8.3,
     "scale": "/10"},
    {"type": "award", "show": "Copper Fields", "body": "Golden Globes", "outcome": "nominated"},
    {"type": "award", "show": "Copper Fields", "body": "Emmy Awards", "outcome": "won"},
]  # fmt: skip


@pytest.fixture(scope="module")
def fitting_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and the invented shows, loaded once per module."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("fitting"), FACTS))


@pytest.fixture
def fitting(fitting_knowledge: Knowledge) -> QuestionEngine:
    """A question engine over the invented world, its clock on March 1, 2025."""
    return QuestionEngine(fitting_knowledge, clock=lambda: dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC))
