"""A character's name with a particle joined by an apostrophe ("al'Lan Mandragoran") is said by fans without
it ("lan")."""

from __future__ import annotations

from pathlib import Path

from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-particles", "outlet": "Test Wire", "title": "Cast",
     "published": "2025-05-01"},
    {"type": "show", "title": "Harbour Lights", "kind": "series", "network": "BBC One"},
    {"type": "credit", "show": "Harbour Lights", "person": "Mara Quill", "role": "actor",
     "character": "al'Dara Venn"},
]  # fmt: skip


async def test_a_name_after_a_particle_and_an_apostrophe_names_the_character(tmp_path: Path) -> None:
    engine = QuestionEngine(await load_invented(tmp_path, FACTS))
    answer = await engine.answer("who plays dara in harbour lights")
    assert answer.text.startswith("Mara Quill plays al'Dara Venn")
