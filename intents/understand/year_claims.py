"""A year checked with "from": "is season 1 from 2022?", "is agatha all along from 2025" ask whether the show
or season came out that year, as "did season 1 come out in 2022?" does."""

from __future__ import annotations

_ASKING = frozenset({"is", "was", "are", "were", "isnt", "wasnt"})
_TAGS = frozenset("right yes yeah or no correct".split())  # "is s1 from 2022 right?"
_FIRST_YEAR, _LAST_YEAR = 1900, 2100


def _a_year(word: str) -> bool:
    return word.isdigit() and len(word) == 4 and _FIRST_YEAR <= int(word) <= _LAST_YEAR


def year_as_release(tokens: list[str]) -> list[str]:
    """ "is X from YEAR" -> "did X come out in YEAR"; other words unchanged."""
    words = list(tokens)
    while words and words[-1] in _TAGS:
        words.pop()
    if len(words) < 4 or words[0] not in _ASKING or words[-2] != "from" or not _a_year(words[-1]):
        return tokens
    return ["did", *words[1:-2], "come", "out", "in", words[-1]]
