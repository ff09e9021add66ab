"""A bounded memo of results that depend on one knowledge snapshot only.

A loaded snapshot never changes (a reload builds a new one), so what is worked out from its facts alone (a
person's usual role, the answer listing their films) holds for as long as that snapshot is the one asked.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from db.knowledge import Knowledge

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class SnapshotMemo(Generic[K, V]):
    """Results by key for the snapshot last asked about; another snapshot, or more than `limit` results,
    starts it afresh (it holds that one snapshot, never an older one)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._kb: Knowledge | None = None
        self._found: dict[K, V] = {}

    def get(self, kb: Knowledge, key: K, make: Callable[[], V]) -> V:
        """The result for `key` on `kb`, made by `make()` the first time it is asked."""
        if kb is not self._kb or len(self._found) >= self.limit:
            self._found.clear()
            self._kb = kb
        if key in self._found:
            return self._found[key]
        found = self._found[key] = make()
        return found
