"""A bounded memo of results that depend on one knowledge snapshot only.

A loaded snapshot never changes (a reload builds a new one), so what is worked out from its facts alone (a
person's usual role, the answer listing their films) holds for as long as that snapshot is the one asked.
Every memo here follows the one snapshot last asked about, which this module alone holds: a memo holds no
snapshot of its own, so a replaced snapshot is kept alive by none of them (at most the one last asked stays,
until a question of the new one).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from db.knowledge import Knowledge

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Asked:
    """The snapshot last asked about, and how many times that snapshot has changed."""

    snapshot: Knowledge | None = None
    generation = 0


def _generation_of(kb: Knowledge) -> int:
    if kb is not _Asked.snapshot:
        _Asked.snapshot = kb
        _Asked.generation += 1
    return _Asked.generation


class SnapshotMemo(Generic[K, V]):
    """Results by key for the snapshot last asked about; another snapshot, or more than `limit` results,
    starts it afresh."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._generation = 0
        self._found: dict[K, V] = {}

    def get(self, kb: Knowledge, key: K, make: Callable[[], V]) -> V:
        """The result for `key` on `kb`, made by `make()` the first time it is asked."""
        generation = _generation_of(kb)
        if generation != self._generation or len(self._found) >= self.limit:
            self._found.clear()
            self._generation = generation
        if key in self._found:
            return self._found[key]
        found = self._found[key] = make()
        return found
