"""Dates told the way a person would: weekday, full date, and how far away from now."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Day names as fans type them, Monday first (the index is date.weekday()).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def long_date(day: dt.date) -> str:
    """'Thursday, October 3, 2024'."""
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def distance(day: dt.date, today: dt.date) -> str:
    """How far `day` is from `today`: 'today', 'tomorrow', 'in 30 days', 'in 4 months (115 days)',
    'yesterday', '2 years ago'."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    span = abs(delta)
    if span < 60:
        amount = _plural(span, "day")
    elif span < 365:
        amount = _plural(round(span / 30.44), "month")
        if delta > 0:  # a countdown: fans waiting for a premiere count the days, not only the months
            amount += f" ({span} days)"
    else:
        # Whole calendar years: 365 days from October 3, 2024 is a year, never "0 years" (365 / 365.25).
        early, late = sorted((day, today))
        years = late.year - early.year - ((late.month, late.day) < (early.month, early.day))
        amount = _plural(years, "year") if years else _plural(12, "month")
    return f"in {amount}" if delta > 0 else f"{amount} ago"


def is_future(day: dt.date, today: dt.date) -> bool:
    """True when `day` has not happened yet (today counts as happening)."""
    return day > today


def zone_or_utc(tz: str | None) -> dt.tzinfo:
    """The named IANA time zone, or UTC when none (or an unknown one) is given."""
    if not tz:
        return dt.UTC
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC
