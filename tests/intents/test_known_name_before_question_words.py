"""A known name followed by the question's own words ("what is bruno klee action in", a translated
paraphrase) is that known person: the last check on an answer must not take the name and the word after it
for someone nobody knows ("I don't have facts about Bruno Klee Action")."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge

CATALOG = """\
Harbour Lights|starred_actors|Bruno Klee
Paper Comets|starred_actors|Eve
Paper Comets|release_year|2001
Harbour Lights|release_year|1999
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("known"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


@pytest.mark.parametrize(
    ("question", "film", "name"),
    [
        ("What is Bruno Klee action in", "Harbour Lights", "Bruno Klee"),
        ("the films have made Bruno Klee take action in the", "Harbour Lights", "Bruno Klee"),
        ("the films have made Eve take action in the", "Paper Comets", "Eve"),
    ],
)
async def test_a_known_name_before_the_questions_words_is_answered(
    engine: QuestionEngine, question: str, film: str, name: str
) -> None:
    answer = await engine.answer(question)
    assert film in answer.text and "don't have facts" not in answer.text, answer.text
    assert answer.text.startswith(name), answer.text
