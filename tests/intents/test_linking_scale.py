"""Fuzzy linking through the candidate index, on a small catalog imported in the test, and its refresh."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from db.bootstrap import Database, open_database
from db.importers.catalog import import_triples
from intents.engine import QuestionEngine
from intents.linking import EntityIndex, FuzzyMode
from intents.text import fold
from tests.helpers import chat

CATALOG = """\
Kismet|directed_by|William Dieterle
Kismet|starred_actors|Marlene Dietrich
Moonlight Mile|directed_by|Brad Silberling
Moonlight Mile|starred_actors|Jake Gyllenhaal
What?|directed_by|Roman Polanski
What?|starred_actors|Marcello Mastroianni
Star!|directed_by|Robert Wise
"""
LATER = """\
Brightwater Harbour|directed_by|Imogen Quarrie
"""


async def _import(database: Database, directory: Path, name: str, text: str) -> None:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    await import_triples(database.sessions, path)


@pytest.fixture
async def catalog(tmp_path: Path) -> AsyncIterator[tuple[Database, QuestionEngine]]:
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'catalog.db'}")
    try:
        await _import(database, tmp_path, "catalog.txt", CATALOG)
        engine = await QuestionEngine.from_sessions(database.sessions)
        yield database, engine
    finally:
        await database.close()


async def _ask(engine: QuestionEngine, question: str) -> tuple[str, tuple[object, ...]]:
    answer = await chat(engine, question)
    return answer.text, answer.answers


async def test_a_film_with_two_letters_swapped_links_to_the_right_film(
    catalog: tuple[Database, QuestionEngine],
) -> None:
    _text, answers = await _ask(catalog[1], "who directed Moonlihgt Mile")
    assert answers[:1] == ("Brad Silberling",)


async def test_a_person_with_a_dropped_letter_links_to_the_right_person(
    catalog: tuple[Database, QuestionEngine],
) -> None:
    _text, answers = await _ask(catalog[1], "what films did Jake Gyllenhal act in")
    assert answers[:1] == ("Moonlight Mile",)


async def test_a_first_letter_typo_no_name_has_still_finds_the_catalog_person(
    catalog: tuple[Database, QuestionEngine],
) -> None:
    _text, answers = await _ask(catalog[1], "what films did Marlene Sietrich star in")
    assert answers[:1] == ("Kismet",)


async def test_an_unknown_person_gets_i_dont_have_facts(catalog: tuple[Database, QuestionEngine]) -> None:
    text, answers = await _ask(catalog[1], "what films did Zorvak Quilmun act in")
    assert text.startswith("I don't have facts about Zorvak Quilmun")
    assert answers == ()


async def test_a_question_word_title_is_not_read_into_an_unknown_name(
    catalog: tuple[Database, QuestionEngine],
) -> None:
    # "What?" and "Star!" are films; the unknown name is the subject, not them.
    text, _answers = await _ask(catalog[1], "what does Kravak Nixpry star in")
    assert text.startswith("I don't have facts about")


async def test_a_reload_finds_names_imported_after_the_build(
    catalog: tuple[Database, QuestionEngine], tmp_path: Path
) -> None:
    database, engine = catalog
    await _import(database, tmp_path, "later.txt", LATER)
    await engine.reload(database.sessions)
    _text, answers = await _ask(engine, "who directed Brightwatre Harbour")
    assert answers[:1] == ("Imogen Quarrie",)


async def test_a_reload_updates_the_candidate_index_instead_of_rebuilding_it(
    catalog: tuple[Database, QuestionEngine], tmp_path: Path
) -> None:
    database, engine = catalog
    before = engine.index.candidates
    await _import(database, tmp_path, "later.txt", LATER)
    await engine.reload(database.sessions)
    after = engine.index.candidates
    assert before is not None and after is not None
    assert after.postings_of("kismet") is before.postings_of("kismet")  # unchanged names are shared
    assert "brightwater harbour" in after.candidates("brightwater")
    assert before.candidates("brightwater") == []  # the previous snapshot's index is left as it was


async def test_both_modes_link_a_typo_to_the_same_film(catalog: tuple[Database, QuestionEngine]) -> None:
    kb = catalog[1].kb
    tokens = fold("when was kismte released").split()
    for mode in FuzzyMode:
        mentions = EntityIndex(kb, mode=mode).link(tokens)
        assert [m.refs[0].name for m in mentions] == ["Kismet"], mode
