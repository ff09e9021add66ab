"""One-hop tag questions about catalog films and people go straight to the tag intents: the composer (its
readings of several questions, checks and chains) is not tried for them, as it has nothing to add."""

from __future__ import annotations

import asyncio

import pytest

import intents.understand.compose as composer
from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.understand.context import Composing
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|directed_by|Dana Fields
Harbour Lights|starred_actors|Alice Moreau
Harbour Lights|has_tags|lighthouse
Harbour Lights|has_tags|harbour lights
Salt Roads|starred_actors|Mina Sato
Salt Roads|has_tags|alice moreau
"""


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("tags"), CATALOG))


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


@pytest.mark.parametrize(
    ("question", "intent", "said"),
    [
        ("can you give a few words describing [Harbour Lights]", "film_tag", "lighthouse"),
        ("which words describe movie [Harbour Lights]", "film_tag", "lighthouse"),
        ("what films are about [alice moreau]", "tag_films", "Salt Roads"),
        ("which movies can be described by [Alice Moreau]", "tag_films", "Salt Roads"),
        ("which movies can be described by alice moreau", "tag_films", "Salt Roads"),
    ],
)
def test_a_catalog_tag_question_is_answered_without_the_composer(
    engine: QuestionEngine, monkeypatch: pytest.MonkeyPatch, question: str, intent: str, said: str
) -> None:
    composed: list[str] = []
    compose = composer.compose

    async def noted(c: Composing) -> object:
        composed.append(" ".join(c.tokens))
        return await compose(c)

    monkeypatch.setattr(composer, "compose", noted)
    answer = asyncio.run(chat(engine, question))
    assert (answer.intent, said in answer.text) == (intent, True)
    assert composed == []


def test_a_question_with_no_tag_asked_still_meets_the_composer(
    engine: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    composed: list[str] = []
    compose = composer.compose

    async def noted(c: Composing) -> object:
        composed.append(" ".join(c.tokens))
        return await compose(c)

    monkeypatch.setattr(composer, "compose", noted)
    asyncio.run(chat(engine, "who is the creator of the film script for [Salt Roads]"))
    assert composed != []
