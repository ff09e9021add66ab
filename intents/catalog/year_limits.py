"""A year given as a constraint on a list of films: "tom hanks films released in 1994", "in the 90s",
"before 2000", "after 2010", "since 2005", "from 1994".

Read from folded tokens only; which list it limits is the chain reader's business (`limited_chains.py`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

# Words that say a year limits the films, and how each bounds it: (lowest, highest) from the year named.
_BOUNDS = {
    "in": (0, 0),
    "from": (0, 0),
    "during": (0, 0),
    "before": (None, -1),
    "after": (1, None),
    "since": (0, None),
    "until": (None, 0),
    "till": (None, 0),
}
_SAID = {
    "before": "before {}",
    "after": "after {}",
    "since": "in or after {}",
    "until": "in or before {}",
    "till": "in or before {}",
}
# Words before the preposition that only say "released" ("came out in", "made in"): part of the limit.
_RELEASE_WORDS = frozenset({"released", "release", "releases", "made", "out"})
_OUT_VERBS = frozenset({"came", "come", "comes", "coming"})
FIRST_YEAR, LAST_YEAR = 1880, 2039


class YearLimit(NamedTuple):
    """Years a film must have been released in (either bound may be open) and how to say it."""

    low: int | None
    high: int | None
    said: str  # "released in the 1990s"

    def within(self, years: Iterable[int]) -> list[int]:
        """The film's release years within the limit (a merged title has several)."""
        return [
            y for y in years if (self.low is None or y >= self.low) and (self.high is None or y <= self.high)
        ]


def _decade(word: str) -> int | None:
    """The first year of a decade said as '90s', '1990s' or '2000s'; None for any other word."""
    if not word.endswith("s") or not word[:-1].isdigit() or not word[:-1].endswith("0"):
        return None
    digits = word[:-1]
    if len(digits) == 4:
        start = int(digits)
    elif len(digits) == 2:
        start = int(digits) + (1900 if int(digits) >= 20 else 2000)  # "10s": the 2010s
    else:
        return None
    return start if FIRST_YEAR <= start <= LAST_YEAR else None


def _year(word: str) -> int | None:
    if len(word) != 4 or not word.isdigit():
        return None
    year = int(word)
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def read_year_limit(tokens: list[str]) -> tuple[YearLimit, int, int] | None:
    """The year limit the folded words state, with the span of tokens that state it, or None.

    Only a year or decade after a preposition limits ("films from 1994"); a bare year names a film or picks
    one of several sharing a title ("robocop 1987") and is left to the linking.
    """
    for at, word in enumerate(tokens):
        year, decade = _year(word), _decade(word)
        if year is None and decade is None:
            continue
        start = at - 1 if at > 0 and tokens[at - 1] == "the" and decade is not None else at
        if start == 0 or tokens[start - 1] not in _BOUNDS:
            continue
        preposition = tokens[start - 1]
        start -= 1
        if start > 0 and tokens[start - 1] in _RELEASE_WORDS:
            start -= 1
            if tokens[start] == "out" and start > 0 and tokens[start - 1] in _OUT_VERBS:
                start -= 1
        first = decade if decade is not None else year
        assert first is not None
        last = first + 9 if decade is not None else first
        low_step, high_step = _BOUNDS[preposition]
        low = None if low_step is None else (first if low_step <= 0 else last) + low_step
        high = None if high_step is None else (last if high_step >= 0 else first) + high_step
        shown = f"the {first}s" if decade is not None else str(first)
        said = "released " + _SAID.get(preposition, "in {}").format(shown)
        return YearLimit(low, high, said), start, at + 1
    return None
