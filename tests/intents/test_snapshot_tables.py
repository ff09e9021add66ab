"""Tables built once from a whole snapshot are kept beside it, not by an lru_cache: a replaced snapshot (and
the index derived from it) is freed as soon as the engine lets it go."""

from __future__ import annotations

import asyncio
import copy
import gc
import weakref

from db.knowledge import Knowledge
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
