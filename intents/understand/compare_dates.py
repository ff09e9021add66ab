"""Comparisons of two premieres: which came first (or later), before or after, how many days apart (in the
unit asked, too). Each side's premiere is its season's, or the show's first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from intents.answer import Answer
from intents.query import sources_for
from intents.timefmt import long_date
from intents.understand.claims import named_day
from intents.understand.context import Composing, merged_sources
from intents.understand.date_choices import (
    CLOSENESS_WORDS,
    closer_pick,
    reference_day,
    same_span_pick,
    weekday_pick,
    years_apart,
)
from intents.understand.date_spans import asked_unit, in_unit
from intents.understand.gap_checks import gap_verdict
from intents.understand.holidays import holiday
from intents.understand.sides import Side
from intents.understand.upcoming_sides import asks_what_comes, still_to_come

_OUTSIDE_NAMES_LATER = frozenset(
    {
        "later",
        "newer",
        "last",
        "second",
        "latest",
        "newest",
        "recent",
        "recently",
        "further",
        "farther",
        "longer",
    }
)


def _asking_words(c: Composing) -> set[str]:
    """The question's words outside the names it links."""
    named = {i for m in c.res.mentions for i in range(m.start, m.end)}
    return {t for i, t in enumerate(c.tokens) if i not in named}


@dataclass(frozen=True)
class _Premiere:
    """A side's premiere: the day to compare by, how to say it, and the answer that gave it."""

    day: dt.date
    said: str  # "on Thursday, October 3, 2024", or "in 2022" when only the year is known
    answer: Answer


async def _premiere(c: Composing, side: Side, coming: bool = False) -> _Premiere | None:
    """The side's premiere from the facts: its season's, or the show's first; a year the question names
    ("what premieres first in 2025") narrows it; a year alone counts when no day is known."""
    releases = [
        r
        for r in side.show.releases
        if side.season is None or r.season == side.season or (side.season == 1 and r.season is None)
    ]
    years = [int(t) for t in c.tokens if t.isdigit() and len(t) == 4 and t.startswith(("19", "20"))]
    if years:
        releases = [r for r in releases if (r.on.year if r.on else r.year) in years] or releases
    known = [r for r in releases if r.on is not None or r.year is not None]
    if coming and side.season is None:
        known = [r for r in known if r.on is not None and r.on >= c.today] or known  # the next of each
    first = min(known, key=lambda r: r.on or dt.date(r.year or 1, 1, 1), default=None)
    if first is None:
        return None
    sourced = Answer(text="", sources=sources_for(c.kb, [first.article_id]))
    if first.on is not None:
        return _Premiere(first.on, f"on {long_date(first.on)}", sourced)
    return _Premiere(dt.date(first.year or 1, 1, 1), f"in {first.year}", sourced)


_EARLIER_WORDS = ("before", "older", "earlier", "sooner", "by the time")
_LATER_WORDS = ("after", "newer", "later")
_EITHER_ORDER = (
    "before or after",
    "after or before",
    "earlier or later",
    "later or earlier",
    "sooner or later",
)


# Words that ask for the days between two premieres: "how long between", "days from X to Y".
_GAP_WORDS = ("between", "how many days", "how long", "how many weeks", "how many months", "how many years",
              "how much time", "apart", "how far", "gap", "separate", "number of days", "by how many",
              "by how much")  # fmt: skip
_COUNT_FROM = [[unit, "from"] for unit in ("days", "weeks", "months", "years")]


# "the later of the two, agatha or hs3?" names one by its place: a pick, though it ends like a yes/no.
_ORDINAL_PICKS = tuple(f"the {w}" for w in ("earlier", "later", "first", "last", "sooner", "newer", "older"))


def _picks_by_place(c: Composing) -> bool:
    """Whether the words outside the names pick one side by its place ("the later of the two"; never "the
    last of us")."""
    named = {i for m in c.res.mentions for i in range(m.start, m.end)}
    outside = " ".join("x" if i in named else t for i, t in enumerate(c.tokens))
    return any(f" {pick} " in f" {outside} " for pick in _ORDINAL_PICKS)


def _verb(day: dt.date, today: dt.date) -> str:
    return "premiered" if day <= today else "premieres"


async def compare_dates(c: Composing, a: Side, b: Side) -> Answer | None:
    coming = asks_what_comes(c, a, b)  # "which comes out first" while both have a season on the way
    first, second = await _premiere(c, a, coming), await _premiere(c, b, coming)
    missing = [s.label for s, v in ((a, first), (b, second)) if v is None]
    if first is None or second is None:
        return Answer(
            text=f"I don't have a premiere date for {' or '.join(missing)}, so I can't compare them.",
            kind="answer",
            intent="premiere",
            confidence=0.6,
        )
    da, db = first.day, second.day
    sources = merged_sources(first.answer, second.answer)
    gap = abs((db - da).days)
    both = f"{a.label} {_verb(da, c.today)} {first.said} and {b.label} {_verb(db, c.today)} {second.said}"
    exact = "in " not in first.said + second.said  # a year alone gives no day count
    # "between X and Y, which premiered first?" picks one; "how many days between" counts.
    picks = c.has("which", "what", "whats") and c.has(*_EARLIER_WORDS, *_LATER_WORDS, "first", "last")
    dated = ((a.label, da), (b.label, db))
    # "which is closer to halloween", "which one is on a wednesday": a choice by another day, not by order.
    checks_first = c.is_yes_no and "or" not in c.tokens  # "is hs3 closer to halloween than agatha?"
    closer = closer_pick(c.tokens, c.today, dated, checks_first) if c.has(*CLOSENESS_WORDS) else None
    chosen = closer or weekday_pick(c.tokens, dated) or same_span_pick(c.tokens, dated)
    chosen = chosen or still_to_come(c, dated)  # "which is still to come, agatha or hs3"
    if exact and chosen is not None:
        lead = f"{chosen} {both}."
    elif not exact and da.year != db.year and not (c.is_yes_no or c.has(*_EITHER_ORDER)):
        early, late = (a, b) if da < db else (b, a)
        later = not _OUTSIDE_NAMES_LATER.isdisjoint(_asking_words(c))  # "which is more recent"
        tense = "came" if min(da, db) <= c.today else "comes"
        pick, said = (late, "later") if later else (early, "first")
        lead = f"{pick.label} {tense} {said}, {years_apart(min(da, db), max(da, db))}: {both}."
    elif not exact and da.year == db.year:
        # A year alone cannot be ordered against a day of that year (nor the same day claimed).
        only_year = " or ".join(s.label for s, v in ((a, first), (b, second)) if v.said.startswith("in "))
        lead = f"Both premiere{'d' if min(da, db) <= c.today else ''} in {da.year}: {both}. I only know the "
        lead += f"year for {only_year}, so I can't say which came first."
    elif da == db:
        lead = f"They premiere{'d' if da <= c.today else ''} on the same day, {long_date(da)}."
    elif exact and c.is_yes_no and (holds := gap_verdict(c.tokens, da, db)) is not None:
        lead = f"{'Yes' if holds else 'No'}: {gap} days apart. {both}."  # "is A more than 2 weeks before B"
    elif not picks and (c.has(*_GAP_WORDS) or c.tokens[:2] in _COUNT_FROM):
        unit = asked_unit(c.tokens)
        weeks = f" (about {round(gap / 7)} weeks)" if unit == "week" and gap >= 7 else ""
        if unit in ("month", "year") and gap >= 28:
            weeks = f" ({in_unit(da, db, unit)})"  # "in years": 2 years and 5 months
        lead = f"There are {gap} days{weeks} between them: {both}." if exact else f"{both}."
    elif c.has(*_EITHER_ORDER):
        # "is season 3 coming out before or after agatha?": the side asked about first, placed.
        apart = f" ({gap} days {'earlier' if da < db else 'later'})" if exact else ""
        lead = f"{'Before' if da < db else 'After'}. {both}{apart}."
    elif c.is_yes_no and c.has(*_EARLIER_WORDS, *_LATER_WORDS) and not _picks_by_place(c):
        before = da < db
        yes = before if c.has(*_EARLIER_WORDS) else not before
        apart = f" ({gap} days {'later' if before else 'earlier'})" if exact else ""
        lead = f"{'Yes' if yes else 'No'}. {both}{apart}."
    else:
        early, late = (a, b) if da < db else (b, a)
        # Outside names: "the last of us" asks for no later premiere.
        wants_later = not _OUTSIDE_NAMES_LATER.isdisjoint(_asking_words(c))
        pick = late if wants_later else early
        tense = "came" if min(da, db) <= c.today else "comes"
        apart = f", {gap} days apart" if exact else ""
        lead = f"{pick.label} {tense} {'later' if wants_later else 'first'}: {both}{apart}."
    return Answer(
        text=lead,
        kind="answer",
        intent="premiere",
        confidence=1.0,
        answers=(da.isoformat(), db.isoformat(), str(gap)),
        sources=sources,
    )


_SPAN_WORDS = ("how long", "how many days", "how many weeks", "how many months", "how much time")


async def span_from_a_day(c: Composing) -> Answer | None:
    """'the photo came out sept 3, how long from then until the premiere?': the days between a day the
    question names and one show's premiere (the season named, else its newest); None for other questions."""
    show = c.res.shows[0] if len({s.id for s in c.res.shows}) == 1 else None if c.res.shows else c.show
    if show is None or not c.has(*_SPAN_WORDS):
        return None
    season = c.res.season.number if c.res.season is not None else None
    dated = [r for r in show.releases if r.on is not None and (season is None or r.season == season)]
    if not dated:
        return None
    release = max(dated, key=lambda r: r.on or dt.date.min)
    premiere = release.on or dt.date.min
    day = named_day(c.tokens, dt.date(premiere.year, 1, 1))
    if day is None or day == premiere:
        return None
    gap = abs((premiere - day).days)
    unit = asked_unit(c.tokens)
    amount = in_unit(min(day, premiere), max(day, premiere), unit) if unit is not None else f"{gap} days"
    label = f"{show.title} season {release.season}" if release.season else show.title
    text = (
        f"{amount.capitalize()} ({gap} days) between {long_date(day)} and {label}'s premiere on "
        f"{long_date(premiere)}."
        if unit is not None
        else f"{gap} days between {long_date(day)} and {label}'s premiere on {long_date(premiere)}."
    )
    sources = sources_for(c.kb, [release.article_id])
    return Answer(
        text=text, kind="answer", intent="premiere", confidence=0.9, answers=(str(gap),), sources=sources
    )


def _asked_release(c: Composing) -> tuple[str, dt.date, int | None] | None:
    """The one show asked about (or talked about): its label, the premiere of the season named (else its
    newest dated one) and that release's article."""
    show = c.res.shows[0] if len({s.id for s in c.res.shows}) == 1 else None if c.res.shows else c.show
    if show is None:
        return None
    season = c.res.season.number if c.res.season is not None else None
    dated = [r for r in show.releases if r.on is not None and (season is None or r.season == season)]
    if not dated:
        return None
    release = max(dated, key=lambda r: r.on or dt.date.min)
    label = f"{show.title} season {release.season}" if release.season else show.title
    return label, release.on or dt.date.min, release.article_id


async def placed_against_a_day(c: Composing) -> Answer | None:
    """'hs3 before or after halloween?': one premiere placed against a holiday or a day the question names
    (never against today: "before or after" with nothing named is no question of this form)."""
    if not c.has(*_EITHER_ORDER) or (asked := _asked_release(c)) is None:
        return None
    label, premiere, article_id = asked
    reference = reference_day(c.tokens, c.today, premiere)
    if reference is None or reference[0] == "today" or reference[1] == premiere:
        return None
    name, day = reference
    gap = abs((premiere - day).days)
    order = "Before" if premiere < day else "After"
    said = name or long_date(day)
    text = (
        f"{order}: {label} {_verb(premiere, c.today)} on {long_date(premiere)}, {gap} days "
        f"{order.lower()} {said} ({long_date(day)})."
        if name
        else f"{order}: {label} {_verb(premiere, c.today)} on {long_date(premiere)}, {gap} days "
        f"{order.lower()} {said}."
    )
    sources = sources_for(c.kb, [article_id])
    return Answer(
        text=text,
        kind="answer",
        intent="premiere",
        confidence=0.9,
        answers=(premiere.isoformat(), str(gap)),
        sources=sources,
    )


async def nearer_holiday(c: Composing) -> Answer | None:
    """'is hs3 closer to halloween or christmas?': of two holidays named, the one nearer the premiere."""
    if not c.has(*CLOSENESS_WORDS) or (asked := _asked_release(c)) is None:
        return None
    label, premiere, article_id = asked
    named: dict[str, dt.date] = {}
    for start in range(len(c.tokens)):
        for end in range(min(len(c.tokens), start + 3), start, -1):
            found = holiday(c.tokens[start:end], premiere.year)
            if found is not None:
                named.setdefault(*found)
                break
    if len(named) != 2:
        return None
    (first, first_day), (second, second_day) = named.items()
    gaps = {first: abs((first_day - premiere).days), second: abs((second_day - premiere).days)}
    nearer, farther = (first, second) if gaps[first] <= gaps[second] else (second, first)
    text = (
        f"{nearer}: {label} {_verb(premiere, c.today)} on {long_date(premiere)}, {gaps[nearer]} days from "
        f"{nearer} against {gaps[farther]} from {farther}."
    )
    sources = sources_for(c.kb, [article_id])
    return Answer(
        text=text, kind="answer", intent="premiere", confidence=0.9, answers=(nearer,), sources=sources
    )
