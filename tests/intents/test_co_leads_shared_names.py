"""A person who shares their name with a title is still a person to the co-lead reader: a question about
them is answered, never "handler failed"."""

from __future__ import annotations

from pathlib import Path

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge

CATALOG = """\
Harbour Lights|directed_by|Dana Fields
Harbour Lights|starred_actors|Alice Moreau
Harbour Lights|starred_actors|Bruno Klee
Bruno Klee|directed_by|Ola Berg
Bruno Klee|release_year|2004
"""


async def test_a_person_named_like_a_film_gets_an_answer(tmp_path: Path) -> None:
    engine = QuestionEngine(await catalog_knowledge(tmp_path, CATALOG), clock=lambda: BEFORE_PREMIERE)
    for question in ("who starred opposite bruno klee", "bruno klee co-star?", "who is bruno klee"):
        answer = await engine.answer(question, Conversation())
        assert "failed" not in answer.text.lower() and "went wrong" not in answer.text.lower(), question
