"""Memoised fuzzy look-ups of one caller's names (a kind, a word count) through the candidate index."""

from __future__ import annotations

from collections.abc import Callable

from intents.candidates import NameCandidates

EXTRACT_MEMO = 4096  # look-ups a CandidateChoices remembers before starting afresh


class CandidateChoices:
    """The names one caller may fuzz into (a kind, a word count), looked up through the candidate index.

    Look-ups are remembered (a bounded memo, emptied whenever the index changes): questions repeat the same
    unlinked words and phrases ("share actors", "release dates"), each a fuzzy look-up over the catalog.
    """

    def __init__(self, index: NameCandidates, keep: Callable[[str], bool]) -> None:
        self.index = index
        self.keep = keep
        self._found: dict[tuple[str, float, int], list[tuple[str, float]]] = {}
        self._version = index.version

    def extract(self, text: str, cutoff: float, limit: int = 3) -> list[tuple[str, float]]:
        """Names scoring at least `cutoff` by fuzz.ratio, best first."""
        if self._version != self.index.version or len(self._found) > EXTRACT_MEMO:
            self._found.clear()
            self._version = self.index.version
        asked = (text, cutoff, limit)
        found = self._found.get(asked)
        if found is None:
            found = self._found[asked] = self.index.extract(text, cutoff, limit, self.keep)
        return list(found)

    def best(self, text: str, cutoff: float) -> tuple[str, float] | None:
        """The single best name, or None below `cutoff`."""
        hits = self.extract(text, cutoff, 1)
        return hits[0] if hits else None
