"""Shared pieces of the generated fan questions: the item shape, the ways fans say seasons and dates."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

NOW = "2024-09-05"
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}

Item = dict[str, Any]


def item(
    form: str,
    question: str,
    *,
    kind: str = "answer",
    first: str | None = None,
    all_of: tuple[str, ...] | list[str] = (),
    any_of: tuple[str, ...] | list[str] = (),
    none_of: tuple[str, ...] | list[str] = (),
    first_not: str | None = None,
    known: tuple[str, ...] | list[str] = (),
    now: str = NOW,
) -> Item:
    """One generated question with what a right reply holds (fan_questions' expect, plus `first_not`, a
    label the reply must not start with, and `known`, strings a missing-fact reply must give after)."""
    expect: dict[str, Any] = {"kind": kind, "first": first, "all": list(all_of), "any": list(any_of)}
    expect["none"] = list(none_of)
    if first_not:
        expect["first_not"] = first_not
    if known:
        expect["known"] = list(known)
    return {"group": form, "question": question, "now": now, "expect": expect}


def season_words(rng: random.Random, show: str, season: int) -> str:
    """'heartstopper season 3', 'season three of heartstopper', 'the third season of heartstopper' ..."""
    s = show.lower()
    return rng.choice(
        [
            f"{s} season {season}",
            f"season {season} of {s}",
            f"{s} season {NUMBER_WORDS[season]}",
            f"the {ORDINALS[season]} season of {s}",
            f"{s} s{season}",
            f"{s} series {season}",
        ]
    )


def date_words(rng: random.Random, day: dt.date) -> str:
    """'october 3', 'oct 3rd', '3 october', 'october 3, 2024'."""
    month = day.strftime("%B").lower()
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10 if day.day not in (11, 12, 13) else 0, "th")
    return rng.choice(
        [
            f"{month} {day.day}",
            f"{month[:3]} {day.day}{suffix}",
            f"{day.day} {month}",
            f"{month} {day.day}, {day.year}",
        ]
    )


def said_date(day: dt.date) -> str:
    """How a reply names a day ("October 3")."""
    return f"{day.strftime('%B')} {day.day}"


def fill(rng: random.Random, templates: list[str], k: int, **slots: str) -> list[str]:
    """k of the templates (all when fewer), filled; the sample is seeded, so the set is reproducible."""
    chosen = templates if len(templates) <= k else rng.sample(templates, k)
    return [t.format(**slots) for t in chosen]
