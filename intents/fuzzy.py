"""Fuzzy look-ups by scanning: the linker's original strategy, kept as the benchmark's baseline.

Keys are kept sorted by length. `fuzz.ratio` >= c is impossible when the lengths differ too much, so a query
is only compared with the slice of keys whose length could reach the cutoff (a third to a half of them),
in one rapidfuzz call over an already-processed list.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Protocol

from rapidfuzz import fuzz, process

from intents.text import fold_uncached

# Index builders fold each of thousands of names once: they skip `fold`'s memo, which would only churn.
fast_fold = fold_uncached


class Choices(Protocol):
    """Names a fuzzy look-up may return: a scan of a fixed list, or the candidate index."""

    def extract(self, text: str, cutoff: float, limit: int = 3) -> list[tuple[str, float]]:
        """Names scoring at least `cutoff` by fuzz.ratio, best first."""
        ...


class FuzzyChoices:
    """A fixed list of keys that answers "which keys are within `fuzz.ratio` >= cutoff of this text"."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = sorted(set(keys), key=len)
        self._lengths = [len(k) for k in self.keys]

    def __len__(self) -> int:
        return len(self.keys)

    def _window(self, length: int, cutoff: float) -> list[str]:
        # ratio = 2*M / (la+lb) <= 2*min(la,lb) / (la+lb), so lb must lie in [la*c/(2-c), la*(2-c)/c].
        c = max(cutoff, 1.0) / 100.0
        low = bisect.bisect_left(self._lengths, int(length * c / (2 - c)))
        high = bisect.bisect_right(self._lengths, int(length * (2 - c) / c) + 1)
        return self.keys[low:high]

    def extract(self, text: str, cutoff: float, limit: int = 3) -> list[tuple[str, float]]:
        """Keys scoring at least `cutoff` by fuzz.ratio, best first."""
        window = self._window(len(text), cutoff)
        if not window:
            return []
        hits = process.extract(text, window, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
        return [(key, float(score)) for key, score, _ in hits]

    def best(self, text: str, cutoff: float) -> tuple[str, float] | None:
        """The single best key, or None below `cutoff`."""
        window = self._window(len(text), cutoff)
        hit = process.extractOne(text, window, scorer=fuzz.ratio, score_cutoff=cutoff) if window else None
        return (hit[0], float(hit[1])) if hit else None
