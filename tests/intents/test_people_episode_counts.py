"""Two people compared by the episodes each directed on their own show ("who directed more episodes: A on X
or B on Y")."""

from __future__ import annotations

from pathlib import Path

from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-counts", "outlet": "Test Wire", "title": "Directors",
     "published": "2025-05-01"},
    {"type": "show", "title": "Harbour Lights", "kind": "series", "network": "BBC One"},
    {"type": "show", "title": "Copper Kettle", "kind": "series", "network": "ITV"},
    {"type": "credit", "show": "Harbour Lights", "person": "Mara Quill", "role": "director", "episodes": 8},
    {"type": "credit", "show": "Copper Kettle", "person": "Tobin Vale", "role": "director", "seasons": "1",
     "episodes": 3},
]  # fmt: skip


async def test_two_people_each_on_their_own_show_are_compared_by_episodes_directed(tmp_path: Path) -> None:
    engine = QuestionEngine(await load_invented(tmp_path, FACTS))
    answer = await engine.answer(
        "Who directed more episodes: Mara Quill on Harbour Lights or Tobin Vale on Copper Kettle season 1?"
    )
    assert answer.text.startswith("Mara Quill has more")
    assert "8 episodes" in answer.text and "3 episodes" in answer.text
