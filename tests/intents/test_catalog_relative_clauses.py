"""A person's films named by a clause after them ("who directed the movies [X] was in"): the clause is the
first hop, so the answer is about the films X acted in, not the films X directed; "which actors has X worked
with" reads the films of X's usual role."""

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
Paper Comets|starred_actors|Bruno Klee
Paper Comets|release_year|2003
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    knowledge: Knowledge = asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("clauses"), CATALOG))
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


async def test_was_in_after_the_person_reads_their_acted_films(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed the movies alice moreau was in")
    assert set(answer.answers) == {"Dana Fields", "Ola Berg"}


async def test_a_role_verb_after_the_person_is_read_before_the_words_ahead(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who starred in the films alice moreau directed")
    assert answer.answers == ("Bruno Klee",)


async def test_whom_someone_worked_with_is_read_in_their_usual_role(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which actors has dana fields worked with")
    assert answer.answers == ("Alice Moreau",)
