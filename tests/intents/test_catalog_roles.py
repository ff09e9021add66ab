"""A catalog person's films when the question says no role: the films they held most roles in come first;
a stated role keeps its own films, newest first."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Night Ferry|directed_by|Wes Harlan
Night Ferry|starred_actors|Wes Harlan
Night Ferry|release_year|1990
Paper Comets|written_by|Wes Harlan
Paper Comets|release_year|2001
Quiet Orchard|starred_actors|Wes Harlan
Quiet Orchard|starred_actors|Carla Svensson
Quiet Orchard|release_year|2003
"""


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("roles"), CATALOG))


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


@pytest.mark.parametrize("question", ["whose films have [Wes Harlan]", "films by Wes Harlan"])
async def test_unsaid_role_lists_the_film_with_most_roles_first(
    engine: QuestionEngine, question: str
) -> None:
    answer = await chat(engine, question)
    assert answer.answers[:1] == ("Night Ferry",)
    assert set(answer.answers) == {"Night Ferry", "Paper Comets", "Quiet Orchard"}


async def test_stated_role_lists_that_role_newest_first(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what films did Wes Harlan act in")
    assert answer.answers == ("Quiet Orchard", "Night Ferry")
