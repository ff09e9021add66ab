"""Yes/no checks of how far apart two premieres are: "is A out more than 2 weeks before B", "is the gap
between them over a month", "is B 15 days after A", "is A a whole month before B". The question's parts are
read apart: an amount of time with its bound (more, less, at least, exactly), and an order word claiming
which side comes first (none: only the gap is checked). Score gaps in points are read the same way."""

from __future__ import annotations

import datetime as dt
import enum

from intents.text import SPOKEN_AMOUNTS as _COUNTS
from intents.understand.time_amounts import bound_said


class Bound(enum.Enum):
    """How the gap is held against the amount said."""

    MORE = "more"
    LESS = "less"
    AT_LEAST = "at least"
    ABOUT = "about"


_UNIT_DAYS = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "fortnight": 14, "fortnights": 14,
    "month": 30, "months": 30, "year": 365, "years": 365,
}  # fmt: skip
# Words between a count and its unit that make it a floor ("a whole month before": at least a month).
_WHOLE = frozenset({"whole", "full", "entire", "good"})
_EARLY = frozenset({"before", "earlier", "sooner", "ahead"})
_LATE = frozenset({"after", "later", "behind"})


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) < 4 else _COUNTS.get(word)


def amount_said(tokens: list[str]) -> tuple[Bound, int, int] | None:
    """The bound, the days and the unit's days of the amount the question names ("more than 2 weeks": MORE,
    14, 7), or None when it names none."""
    bound = bound_said(tokens)
    if bound is not None:
        more, days = bound
        return (Bound.MORE if more else Bound.LESS), days, 1
    for at, word in enumerate(tokens):
        count = _count(word)
        if count is None:
            continue
        rest = tokens[at + 1 : at + 3]
        whole = bool(rest) and rest[0] in _WHOLE
        unit = rest[1] if whole and len(rest) > 1 else rest[0] if rest else ""
        if unit not in _UNIT_DAYS:
            continue
        floor = whole or tokens[max(0, at - 2) : at] == ["at", "least"]
        return (Bound.AT_LEAST if floor else Bound.ABOUT), count * _UNIT_DAYS[unit], _UNIT_DAYS[unit]
    return None


_POINT_WORDS = frozenset({"points", "point", "pts", "percent", "percentage"})


def points_bound(tokens: list[str]) -> tuple[Bound, int, int] | None:
    """The bound on a score gap the question names ("more than 5 points": MORE, 5, 1), or None."""
    for at, word in enumerate(tokens):
        if not word.isdigit() or tokens[at + 1 : at + 2] == [] or tokens[at + 1] not in _POINT_WORDS:
            continue
        lead = tokens[max(0, at - 2) : at]
        if lead[-1:] in (["over"], ["above"]) or lead == ["more", "than"]:
            return Bound.MORE, int(word), 1
        if lead[-1:] == ["under"] or lead in (["less", "than"], ["fewer", "than"]):
            return Bound.LESS, int(word), 1
        return (Bound.AT_LEAST if lead == ["at", "least"] else Bound.ABOUT), int(word), 1
    return None


def holds_gap(gap: float, bound: Bound, amount: int, unit: int) -> bool:
    """Whether a gap fits the bound said on it (in the unit's steps for an amount said plainly)."""
    return _fits(round(gap), bound, amount, unit)


def _fits(gap: int, bound: Bound, days: int, unit: int) -> bool:
    if bound is Bound.MORE:
        return gap > days
    if bound is Bound.LESS:
        return gap < days
    if bound is Bound.AT_LEAST:
        return gap >= days
    return round(gap / unit) == days // unit  # "2 weeks after": 15 days is about two weeks


def gap_verdict(tokens: list[str], first_day: dt.date, second_day: dt.date) -> bool | None:
    """Whether the claim holds for the first side named against the second: the order claimed (if any) and
    the amount; None when the question names no amount of time."""
    said = amount_said(tokens)
    if said is None:
        return None
    gap = abs((second_day - first_day).days)
    early, late = not _EARLY.isdisjoint(tokens), not _LATE.isdisjoint(tokens)
    if early and late:
        return None  # "before or after" asks which, not yes or no
    order_holds = first_day < second_day if early else first_day > second_day if late else True
    return order_holds and _fits(gap, *said)
