"""Choices between two premieres by something other than their order: which is closer to a day the question
names (a holiday, "sept 3", today), which falls on a weekday named, whether both fall on the same weekday,
and how many years apart two premieres are when one is known only by its year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from intents.timefmt import WEEKDAYS, long_date
from intents.understand.claims import named_day
from intents.understand.holidays import holiday

# Words that ask which of two days is nearer a third ("which is closer to halloween").
CLOSENESS_WORDS = ("closer", "nearer", "closest", "nearest")
# Words that point at today as the day to be near ("whats sooner from today").
_TODAY_WORDS = frozenset({"today", "now"})
_SAME_WEEKDAY = ("same day of the week", "same weekday", "same day of week")


def reference_day(tokens: list[str], today: dt.date, near: dt.date) -> tuple[str | None, dt.date] | None:
    """The day a closeness question measures against, with its name if it has one: a holiday (in the year
    named, else the year of `near`), a day named ("sept 3", in `near`'s year when no year is said), or
    today."""
    after = tokens[tokens.index("to") + 1 :] if "to" in tokens else tokens
    years = [int(t) for t in tokens if t.isdigit() and len(t) == 4 and t.startswith(("19", "20"))]
    year = years[0] if years else near.year
    for start in range(len(after)):
        for end in range(min(len(after), start + 3), start, -1):
            found = holiday(after[start:end], year)
            if found is not None:
                return found
    named = named_day(tokens, dt.date(year, 1, 1))
    if named is not None:
        return None, named
    if _TODAY_WORDS.intersection(after):
        return "today", today
    return None


def closer_pick(
    tokens: list[str],
    today: dt.date,
    sides: tuple[tuple[str, dt.date], tuple[str, dt.date]],
    checks_first: bool = False,
) -> str | None:
    """'A is closer to Halloween (October 31, 2024): 28 days away, against 43.' for the side nearer the
    reference day, or None when the question names no day to be near. `checks_first`: the question asks yes
    or no whether the first side is the closer ("is hs3 closer to halloween than agatha?")."""
    (label_a, day_a), (label_b, day_b) = sides
    found = reference_day(tokens, today, max(day_a, day_b))
    if found is None:
        return None
    name, day = found
    gap_a, gap_b = abs((day_a - day).days), abs((day_b - day).days)
    if gap_a == gap_b:
        return f"Both are {gap_a} days from {name or long_date(day)}."
    (near, near_gap), far_gap = (label_a, gap_a) if gap_a < gap_b else (label_b, gap_b), max(gap_a, gap_b)
    said = f"{name} ({long_date(day)})" if name else long_date(day)
    verdict = ("Yes. " if gap_a < gap_b else "No. ") if checks_first else ""
    return f"{verdict}{near} is closer to {said}: {near_gap} days from it, against {far_gap}."


def weekday_pick(tokens: list[str], sides: tuple[tuple[str, dt.date], tuple[str, dt.date]]) -> str | None:
    """'A premieres on a Wednesday.' for a question naming one weekday and two premieres, or whether the
    two fall on the same weekday; None when no weekday is asked about."""
    (label_a, day_a), (label_b, day_b) = sides
    weekday_a, weekday_b = WEEKDAYS[day_a.weekday()].title(), WEEKDAYS[day_b.weekday()].title()
    both = f"{label_a} is on a {weekday_a} and {label_b} on a {weekday_b}"
    joined = f" {' '.join(tokens)} "
    if any(f" {phrase} " in joined for phrase in _SAME_WEEKDAY):
        same = day_a.weekday() == day_b.weekday()
        return f"{'Yes' if same else 'No'}: {both}."
    asked = [WEEKDAYS.index(t) for t in tokens if t in WEEKDAYS]
    if len(set(asked)) != 1:
        return None
    fitting = [label for label, day in sides if day.weekday() == asked[0]]
    if not fitting:
        return f"Neither: {both}."
    if len(fitting) == 2:
        return f"Both: {both}."
    return f"{fitting[0]}: {both}."


# A span both premieres may share ("the same month"), and how to tell two days are in the same one.
_SAME_SPANS: dict[str, Callable[[dt.date, dt.date], bool]] = {
    "week": lambda a, b: a.isocalendar()[:2] == b.isocalendar()[:2],
    "month": lambda a, b: (a.year, a.month) == (b.year, b.month),
    "year": lambda a, b: a.year == b.year,
}


def same_span_pick(tokens: list[str], sides: tuple[tuple[str, dt.date], tuple[str, dt.date]]) -> str | None:
    """'No: ...' for "do A and B come out in the same month?" (week, year); None when no such span is
    asked about."""
    joined = f" {' '.join(tokens)} "
    span = next((s for s in _SAME_SPANS if f" same {s} " in joined), None)
    if span is None:
        return None
    (_, day_a), (_, day_b) = sides
    same = _SAME_SPANS[span](day_a, day_b)
    return f"{'Yes' if same else 'No'}, {'the same' if same else 'not the same'} {span}:"


def years_apart(early: dt.date, late: dt.date) -> str:
    """'about 3 years apart (2021 and 2024)': the gap between two premieres when one is known by its year."""
    gap = late.year - early.year
    unit = "year" if gap == 1 else "years"
    return f"about {gap} {unit} apart ({early.year} and {late.year})"
