"""A bounded memo of results that depend on one knowledge snapshot only.

A loaded snapshot never changes (a reload builds a new one), so what is worked out from its facts alone (a
person's usual role, the answer listing their films) holds for as long as that snapshot is the one asked.
Every memo here follows the one snapshot last asked about, which this module alone holds: a memo holds no
snapshot of its own, so a replaced snapshot is kept alive by none of them (at most the one last asked stays,
until a question of the new one). A table built once from a whole snapshot (or from the index derived from
it) is a `PerSnapshot` instead: held weakly beside its snapshot, so the reload thread can warm the new one's
while questions still read the old one's.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from db.knowledge import Knowledge

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
Owner = TypeVar("Owner")  # a snapshot, or the index derived from one


class _Asked:
    """The snapshot last asked about, and how many times that snapshot has changed."""

    snapshot: Knowledge | None = None
    generation = 0


class SnapshotMemo(Generic[K, V]):
    """Results by key for the snapshot last asked about; another snapshot, or more than `limit` results,
    starts it afresh."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._generation = 0
        self._found: dict[K, V] = {}

    def get(self, kb: Knowledge, key: K, make: Callable[[], V]) -> V:
        """The result for `key` on `kb`, made by `make()` the first time it is asked."""
        # The snapshot asked about now, and its generation (written in: a question asks memos a few times).
        if kb is not _Asked.snapshot:
            _Asked.snapshot = kb
            _Asked.generation += 1
        generation = _Asked.generation
        if generation != self._generation:
            self._found.clear()
            self._generation = generation
        elif key in self._found:
            return self._found[key]
        if len(self._found) >= self.limit:  # a new result in a full memo: start afresh
            self._found.clear()
        found = self._found[key] = make()
        return found


class PerSnapshot(Generic[Owner, V]):
    """One value per snapshot (or per index derived from one), made the first time it is asked and kept only
    as long as that snapshot lives: a replaced snapshot is kept alive by none of them."""

    def __init__(self) -> None:
        # Weak keys: an lru_cache keyed by the snapshot pinned the last few replaced ones (peak RSS).
        self._made: weakref.WeakKeyDictionary[Owner, V] = weakref.WeakKeyDictionary()

    def get(self, owner: Owner, make: Callable[[], V]) -> V:
        """The value for `owner`, made by `make()` the first time it is asked (a value must not refer to its
        owner, which would then live for ever)."""
        found = self._made.get(owner)
        if found is None:
            found = self._made[owner] = make()
        return found
