"""'what terms are applicable to [X]', 'which terms apply to [X]' are read by the catalog's path reader as X's
tags, as 'what words describe [X]' is: the message no longer goes through the composer to the tag intents."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.catalog.paths import CatalogRelation, Hop, ValueKind
from intents.catalog.reading import read_path
from intents.engine import QuestionEngine
from intents.understand import compose
from intents.understand.context import Composing
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Paper Comets|has_tags|space race
Paper Comets|has_tags|friendship
Paper Comets|release_year|2001
"""


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("terms"), CATALOG))


@pytest.mark.parametrize(
    "words",
    [
        "what terms are applicable to",
        "what are the terms applicable to",
        "which terms apply to",
        "what are the terms that apply to the",
    ],
)
def test_terms_applicable_to_a_film_read_as_its_tags(words: str) -> None:
    tokens = [*words.split(), "xentx"]
    path = read_path(tokens, len(tokens) - 1, len(tokens), ValueKind.FILM, guess=False)
    assert path == (Hop(CatalogRelation.HAS_TAGS, False),)


@pytest.mark.parametrize(
    "question", ["what terms are applicable to [Paper Comets]", "which terms apply to Paper Comets"]
)
def test_the_terms_question_is_answered_without_the_composer(
    knowledge: Knowledge, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)
    composed: list[str] = []
    original = compose.compose

    async def counted(c: Composing) -> Answer | None:
        composed.append(" ".join(c.tokens))
        return await original(c)

    monkeypatch.setattr(compose, "compose", counted)
    reply = asyncio.run(chat(engine, question))
    assert set(reply.answers) == {"space race", "friendship"}
    assert composed == []


def test_applicable_is_no_part_of_a_name_nobody_knows(knowledge: Knowledge) -> None:
    # Left over, it was looked up among the credited name parts and fuzzed against the names, each question.
    engine = QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)
    res = engine.link(engine.understand("what terms are applicable to Paper Comets"))
    assert res.leftovers == []
