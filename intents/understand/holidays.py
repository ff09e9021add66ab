"""Holidays fans date things by ("is that before halloween?", "out by christmas?"): their day in a year."""

from __future__ import annotations

import datetime as dt

# Fixed-date holidays as fans write them (folded, apostrophes gone): (month, day).
_FIXED: dict[tuple[str, ...], tuple[str, int, int]] = {
    ("halloween",): ("Halloween", 10, 31),
    ("christmas",): ("Christmas", 12, 25),
    ("xmas",): ("Christmas", 12, 25),
    ("christmas", "eve"): ("Christmas Eve", 12, 24),
    ("boxing", "day"): ("Boxing Day", 12, 26),
    ("new", "years", "eve"): ("New Year's Eve", 12, 31),
    ("nye",): ("New Year's Eve", 12, 31),
    ("new", "years"): ("New Year's Day", 1, 1),
    ("new", "year"): ("New Year's Day", 1, 1),
    ("valentines",): ("Valentine's Day", 2, 14),
    ("valentines", "day"): ("Valentine's Day", 2, 14),
    ("valentine", "day"): ("Valentine's Day", 2, 14),
    ("st", "patricks", "day"): ("St Patrick's Day", 3, 17),
    ("july", "4th"): ("the Fourth of July", 7, 4),
    ("4th", "of", "july"): ("the Fourth of July", 7, 4),
    ("fourth", "of", "july"): ("the Fourth of July", 7, 4),
}
_FILLER = frozenset("the a this next".split())


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday of November


_EASTER_WORDS = (("easter",), ("easter", "sunday"), ("easter", "day"))


def _easter(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * el) // 433
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday(words: list[str], year: int) -> tuple[str, dt.date] | None:
    """The holiday the words name and its day in `year`, or None when they name none ("halloween" ->
    ("Halloween", October 31))."""
    key = tuple(w for w in words if w not in _FILLER)
    if key in (("thanksgiving",), ("thanksgiving", "day")):
        return "Thanksgiving", _thanksgiving(year)
    if key in _EASTER_WORDS:
        return "Easter", _easter(year)
    if key in _FIXED:
        name, month, day = _FIXED[key]
        return name, dt.date(year, month, day)
    return None
