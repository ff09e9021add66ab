"""Spellings one edit from a word (as in Norvig's spelling corrector): the typos a fan's word may hold."""

from __future__ import annotations

_LETTERS = "abcdefghijklmnopqrstuvwxyz"  # typos put letters in; digits are matched exactly


def edits1(word: str) -> set[str]:
    """Every spelling one edit from `word`: a character dropped, two swapped, a letter replaced or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + replaces + inserts)
