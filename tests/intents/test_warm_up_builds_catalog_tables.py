"""The warm-up builds the tables the first question needing one would otherwise build: every reported
picture, the catalog's films by release year, and its surnames (tens to hundreds of ms with the 43k-entity
catalog, landing on one question). Each is held beside its snapshot: a replaced snapshot is kept alive by
neither."""

from __future__ import annotations

import sys

from db.knowledge import Knowledge
from intents.catalog import paths, surnames
from intents.catalog.paths import films_of_year
from intents.catalog.surnames import surname_table
from intents.engine import QuestionEngine
from intents.names import EntityRef
from intents.picture import held
from intents.picture.held import pictures_held
from intents.understand import cue_slips, vocabulary_typos


def test_the_warm_up_builds_the_pictures_and_release_years_tables(engine: QuestionEngine) -> None:
    engine.warm_up()
    built_now: list[str] = []

    def years_built() -> dict[str, list[int]]:
        built_now.append("years")
        return {}

    def pictures_built() -> tuple[held.Picture, ...]:
        built_now.append("pictures")
        return ()

    years = paths._YEARS.get(engine.kb, years_built)
    pictures = held._TABLES.get(engine.kb, pictures_built)
    assert built_now == []  # both were made by the warm-up
    assert years is films_of_year(engine.kb)
    assert pictures is pictures_held(engine.kb)


def test_the_release_years_table_keeps_no_replaced_snapshot_alive() -> None:
    old, new = Knowledge(), Knowledge()
    films_of_year(old)
    held_before = sys.getrefcount(old)
    films_of_year(new)
    assert sys.getrefcount(old) == held_before  # held weakly: nothing more holds the old one
    assert films_of_year(new) == {}


def test_the_warm_up_builds_the_surname_table(engine: QuestionEngine) -> None:
    # About 250 ms with the 43k-entity catalog: it landed on the first question naming no one it knew.
    engine.warm_up()
    built_now: list[str] = []

    def table_built() -> dict[str, EntityRef]:
        built_now.append("surnames")
        return {}

    table = surnames._TABLES.get(engine.index, table_built)
    assert built_now == []
    assert table is surname_table(engine.index, engine.kb)


def test_the_warm_up_builds_the_slip_tables(engine: QuestionEngine) -> None:
    # ~12k Python calls (about 1 ms): they landed on the first question holding a long word no table knew.
    cue_slips._by_letter.cache_clear()
    vocabulary_typos._long_words.cache_clear()
    engine.warm_up()
    vocabulary = engine.matcher.vocabulary
    built = (cue_slips._by_letter.cache_info().misses, vocabulary_typos._long_words.cache_info().misses)
    cue_slips._by_letter(vocabulary)
    vocabulary_typos._long_words(vocabulary)
    # Both already made: asking for them now builds neither.
    assert cue_slips._by_letter.cache_info().misses == built[0]
    assert vocabulary_typos._long_words.cache_info().misses == built[1]
