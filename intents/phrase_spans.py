"""The first of several fixed phrases found in a question's folded tokens, longest phrase first."""

from __future__ import annotations

from collections.abc import Iterable


class PhraseSpans:
    """Phrases (folded words) sorted once, longest first; a question that holds none of their first words
    is rejected with one set test instead of a scan per phrase."""

    def __init__(self, phrases: Iterable[str]) -> None:
        # sorted() is stable: phrases of one length keep their given order.
        self.phrases = tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))
        self.first_words = frozenset(p[0] for p in self.phrases)

    def find(self, tokens: list[str]) -> tuple[int, int] | None:
        """Where the first phrase (longest first) stands in the tokens, or None."""
        if self.first_words.isdisjoint(tokens):
            return None
        present = set(tokens)
        for phrase in self.phrases:
            if phrase[0] not in present or phrase[-1] not in present:
                continue  # a word of the phrase is missing: it stands nowhere
            size = len(phrase)
            for start in range(len(tokens) - size + 1):
                if tuple(tokens[start : start + size]) == phrase:
                    return start, start + size
        return None
