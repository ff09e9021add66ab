"""Two people in one film list ("movies with X directed by Y"): the films both are credited on, in the roles
said, not the films the first person directed."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Harbour Lights|directed_by|Dana Fields
Harbour Lights|starred_actors|Alice Moreau
Harbour Lights|release_year|1994
Quiet Orchard|directed_by|Ola Berg
Quiet Orchard|starred_actors|Alice Moreau
Quiet Orchard|release_year|1998
Paper Comets|directed_by|Alice Moreau
Paper Comets|release_year|2003
Night Ferry|directed_by|Dana Fields
Night Ferry|release_year|2005
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("shared"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_films_with_one_person_directed_by_another_are_those_they_share(engine: QuestionEngine) -> None:
    answer = await chat(engine, "movies with alice moreau directed by dana fields")
    assert answer.answers == ("Harbour Lights",)
