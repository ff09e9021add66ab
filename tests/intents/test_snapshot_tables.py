"""Tables built once from a whole snapshot are kept beside it, not by an lru_cache: a replaced snapshot (and
the index derived from it) is freed as soon as the engine lets it go; and so is an engine itself, although
it was built with the collector paused and frozen out of its passes."""

from __future__ import annotations

import asyncio
import copy
import gc
import weakref

import pytest

from db.knowledge import Knowledge
from intents import near_names
from intents.collect import collector_paused
from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.snapshot_memo import PerSnapshot


def test_a_per_snapshot_value_is_made_once_per_owner() -> None:
    table: PerSnapshot[Knowledge, list[str]] = PerSnapshot()
    made: list[Knowledge] = []

    def make(kb: Knowledge) -> list[str]:
        made.append(kb)
        return [str(len(made))]

    first, second = Knowledge(), Knowledge()
    assert table.get(first, lambda: make(first)) == ["1"]
    assert table.get(first, lambda: make(first)) == ["1"]  # remembered
    assert table.get(second, lambda: make(second)) == ["2"]  # another snapshot: its own
    assert table.get(first, lambda: make(first)) == ["1"]  # the first one's is still there


def test_a_per_snapshot_value_keeps_no_snapshot_alive() -> None:
    table: PerSnapshot[Knowledge, list[str]] = PerSnapshot()
    kb = Knowledge()
    table.get(kb, lambda: ["made"])
    gone = weakref.ref(kb)
    del kb
    gc.collect()
    assert gone() is None


def test_a_replaced_snapshot_and_its_index_are_freed_after_warm_up(seed_knowledge: Knowledge) -> None:
    old = QuestionEngine(copy.deepcopy(seed_knowledge))
    old.warm_up()  # every table built once per snapshot or per index
    asyncio.run(old.answer("who directed the penguin", Conversation(), tz="UTC"))
    old_kb, old_index = weakref.ref(old.kb), weakref.ref(old.index)
    new = QuestionEngine(copy.deepcopy(seed_knowledge))
    new.warm_up()
    asyncio.run(new.answer("who directed the penguin", Conversation(), tz="UTC"))
    del old
    gc.collect()
    assert old_kb() is None
    assert old_index() is None


def test_an_engine_frozen_out_of_the_collector_is_freed_when_let_go(seed_knowledge: Knowledge) -> None:
    # Frozen objects are freed by reference counting only: an engine in a reference cycle would stay for good
    # (each of a benchmark's passes, or a batch after batch, kept a whole catalog snapshot alive).
    with collector_paused():
        engine = QuestionEngine(copy.deepcopy(seed_knowledge))
    try:
        gone, kb_gone = weakref.ref(engine), weakref.ref(engine.kb)
        del engine
        assert gone() is None
        assert kb_gone() is None
    finally:
        gc.unfreeze()


def test_the_warm_up_builds_the_news_names_table(
    seed_knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = QuestionEngine(copy.deepcopy(seed_knowledge))
    engine.warm_up()

    def built_again(index: object, kb: object) -> None:
        raise AssertionError("the first name spelt by ear paid for the whole table")

    monkeypatch.setattr(near_names, "_built_news_names", built_again)
    assert near_names.near_news_name(["hartstoppr"], engine.index, engine.kb) is not None
