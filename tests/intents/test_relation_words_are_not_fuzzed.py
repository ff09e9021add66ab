"""A word the catalog's relation lexicon reads ("makes", "headed", "manager") is no misspelt name: linking
never searches the names for it (a search cost thousands of Python calls on each new question holding one,
as machine-translated catalog questions do: "What makes [Tom Hanks] star in"), and a known name beside it
is that name, not part of a longer one nobody knows ("which person headed paper comets")."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.linking import EntityIndex
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge

CATALOG = """\
Paper Comets|starred_actors|Alice Moreau
Paper Comets|directed_by|Wes Harlan
"""


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("unfuzzed"), CATALOG))


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("what makes alice moreau star in", "makes"),
        ("which person headed paper comets", "headed"),
        ("who is the manager of paper comets", "manager"),
    ],
)
def test_a_catalog_relation_word_is_no_misspelt_name(
    knowledge: Knowledge, question: str, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)
    searched: list[str] = []
    choices = EntityIndex.choices

    def spied(index: EntityIndex, kinds: frozenset[str] | int) -> object:
        found = choices(index, kinds)
        extract = found.extract

        def recorded(key: str, *args: object, **kwargs: object) -> object:
            searched.append(key)
            return extract(key, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(found, "extract", recorded)
        return found

    monkeypatch.setattr(EntityIndex, "choices", spied)
    res = engine.link(engine.understand(question))
    assert res.people or res.shows  # the name beside it is linked
    assert word not in searched
