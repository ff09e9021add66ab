"""How far away the last answer's date is, in the unit a fan asks for ("how long is that from now", "what's
that in weeks", "how many months ago was that"), and whether it falls in a span named relative to today ("so
that's tomorrow right?", "thats in like a week right?", "is that next month?")."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import Literal

from intents.answer import Answer
from intents.dialogue import Conversation
from intents.text import SPOKEN_AMOUNTS as _COUNTS
from intents.timefmt import WEEKDAYS, distance, long_date

Unit = Literal["week", "month", "year"]
_UNITS: dict[str, Unit] = {
    "week": "week", "weeks": "week", "wks": "week", "month": "month", "months": "month", "year": "year",
    "years": "year", "yrs": "year",
}  # fmt: skip
# Words that ask how far away a date is ("how long", "how many days", "what's that in weeks").
_DISTANCE_WORDS = (
    "how long", "how many days", "how many weeks", "how many months", "how many years", "ago", "away",
    "from today", "from now", "until then", "till then", "how far", "in weeks", "in days", "in months",
    "in years", "how soon",
)  # fmt: skip
_POINTERS = ("that", "then", "it", "thats", "its")
_LEADS = frozenset({"and", "so", "ok", "okay", "but"})  # words a follow-up opens with before its question
# All a distance question may say when it points at nothing ("how long ago", "how many days from now?").
_BARE = frozenset(
    """how long ago many days weeks months years far away off till until til from now today is was so and ok
    okay hmm exactly again left to go wait in""".split()
)
_SPAN_DAYS = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "year": 365,
    "years": 365,
}
# How far from the named distance "about" still counts, by unit length in days: "in like a week" is 5-9 days.
_SLACK = {1: 0, 7: 2, 30: 6, 365: 45}
_DAYS_SHOWN = 60  # from here on `distance` speaks in months or years
_LONGEST_COUNT = 1000  # "so less than 100 days?"; a bigger number is a year or a title, not a count
_RELATIVE_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1, "tonight": 0}
# All a span asked alone may say: "so tomorrow?", "next week then?", "in like a week right?".
_SPAN_ALONE = frozenset(
    """so and ok okay then right already or tomorrow today tonight yesterday next this last week weekend month
    year in like about around a an one two three four five six couple of days day weeks months monday tuesday
    wednesday thursday friday saturday sunday on ago away less more than under over within exactly precisely
    just year years basically literally omg wait oh wow lol yeah huh from now roughly approximately give take
    or""".split()
)
# Words before a distance that make it a bound: True when the day must be nearer than it.
_BOUNDS = {"less than": True, "under": True, "within": True, "more than": False, "over": False}


def _has(tokens: list[str], *phrases: str) -> bool:
    joined = f" {' '.join(tokens)} "
    return any(f" {p} " in joined for p in phrases)


def _months_between(early: dt.date, late: dt.date) -> tuple[int, int]:
    """Whole calendar months from `early` to `late`, and the days left over."""
    months = (late.year - early.year) * 12 + late.month - early.month
    if _add_months(early, months) > late:
        months -= 1
    return months, (late - _add_months(early, months)).days


def _add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def in_unit(day: dt.date, today: dt.date, unit: Unit) -> str:
    """The distance between the two days in weeks, months or years, with what is left over: '4 weeks and 2
    days', '7 months and 4 days', '2 years and 5 months'."""
    early, late = sorted((day, today))
    days = (late - early).days
    if unit == "week":
        weeks, rest = divmod(days, 7)
        parts = ([_plural(weeks, "week")] if weeks else []) + ([_plural(rest, "day")] if rest else [])
    else:
        months, rest = _months_between(early, late)
        if unit == "year":
            years, left = divmod(months, 12)
            parts = ([_plural(years, "year")] if years else []) + ([_plural(left, "month")] if left else [])
            parts = parts or [_plural(rest, "day")]
        else:
            parts = ([_plural(months, "month")] if months else []) + ([_plural(rest, "day")] if rest else [])
    return " and ".join(parts) or _plural(days, "day")


def asked_unit(tokens: list[str]) -> Unit | None:
    """The unit a distance is asked in ("how many weeks", "what's that in months"), if not days."""
    return next((_UNITS[w] for w in tokens if w in _UNITS), None)


def _this_alone(tokens: list[str]) -> bool:
    """A "this" that points at the date itself, no noun after it ("is this from now", not "this season")."""
    return any(w == "this" and (i + 1 == len(tokens) or tokens[i + 1] in _BARE) for i, w in enumerate(tokens))


def date_reference(
    tokens: list[str],
    conv: Conversation,
    today: dt.date,
    day: dt.date | None = None,
    about: str | None = None,
) -> Answer | None:
    """'how long ago was that?', 'how many days away is that?', 'what's that in weeks' about the date the last
    answer gave (or `day`, another show's the question named); `about` names what the date is ("Agatha All
    Along's premiere"), so a reader who skipped the answer before still knows."""
    day = day or conv.last_date
    if day is None:
        return None
    pointed = _has(tokens, *_POINTERS) or _this_alone(tokens)  # "how many years ago is this from now"
    if not _has(tokens, *_DISTANCE_WORDS) or not (pointed or set(tokens) <= _BARE):
        return None
    if "between" in tokens or ("apart" in tokens and len({t.date for t in conv.turns if t.date}) > 1):
        return None  # "how many days between that and hs3", "how many days apart is that" compare two dates
    asked = tokens[1:] if tokens[:1] and tokens[0] in _LEADS else tokens  # "and how long from today?"
    if asked[:1] not in (["how"], ["what"], ["whats"]) and _span(tokens, today) is not None:
        return None  # "3 days ago then?" checks a distance rather than asking for it
    days = abs((day - today).days)
    verb = "is" if day >= today else "was"
    relation = "from" if day >= today else "before"
    unit = asked_unit(tokens)
    amount = in_unit(day, today, unit) if unit is not None and days else _plural(days, "day")
    far = distance(day, today)
    # "in 3 months (101 days)" already counts the days: no second "(101 days from today)".
    # "in 13 days" says it too: no "(13 days from today)" after it.
    counted = unit is None and (f"({amount})" in far or far.endswith(f" {amount}"))
    text = (
        f"{long_date(day)} {verb} {far}."
        if counted
        else f"{long_date(day)} {verb} {far} ({amount} {relation} today)."
    )
    if about is not None:
        text = f"{about}: {text}"
    return Answer(
        text=text, kind="answer", intent="countdown", confidence=1.0, answers=(day.isoformat(), str(days))
    )


_EXACT = frozenset({"exactly", "precisely"})


def _exactly(count: int, unit: str, today: dt.date) -> Callable[[dt.date], bool]:
    """Whether a day is exactly `count` units from today, either way: calendar months for months."""
    if _SPAN_DAYS[unit] in (30, 365):
        months = count * (12 if _SPAN_DAYS[unit] == 365 else 1)
        return lambda day: today in (_add_months(day, months), _add_months(day, -months))
    return lambda day: abs((day - today).days) == count * _SPAN_DAYS[unit]


def _whole_years(day: dt.date, today: dt.date) -> int:
    """The whole calendar years between two days, as `distance` counts them."""
    early, late = sorted((day, today))
    return late.year - early.year - ((late.month, late.day) < (early.month, early.day))


def _span(tokens: list[str], today: dt.date) -> Callable[[dt.date], bool] | None:
    """Whether a day falls in the span the question names relative to today, or None when it names none."""
    for i, word in enumerate(tokens[:-1]):
        unit = tokens[i + 1]
        if word in ("next", "this", "last") and unit in ("week", "month", "year", "weekend"):
            ahead = {"next": 1, "this": 0, "last": -1}[word]
            if unit == "month":
                return lambda day: (day.year * 12 + day.month) - (today.year * 12 + today.month) == ahead
            if unit == "year":
                return lambda day: day.year - today.year == ahead
            monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=ahead)
            if unit == "week" and today.weekday() == 6:
                monday += dt.timedelta(days=6)  # on a Sunday, "this week" is the one starting today
            first = monday + dt.timedelta(days=5) if unit == "weekend" else monday
            return lambda day: first <= day <= monday + dt.timedelta(days=6)
        count = _COUNTS.get(word) or (int(word) if word.isdigit() and int(word) < _LONGEST_COUNT else None)
        if count is not None and unit in _SPAN_DAYS:
            target = count * _SPAN_DAYS[unit]
            # The bound's words end right before the count: "less than a month", "within a week".
            bound = next(
                (_BOUNDS[b] for n in (2, 1) if i >= n and (b := " ".join(tokens[i - n : i])) in _BOUNDS), None
            )
            if bound is not None:
                # "less than a month away", "more than a week ago": on which side of that distance.
                return lambda day: (abs((day - today).days) < target) == bound
            if _EXACT.intersection(tokens) or ("today" in tokens and "from" not in tokens):
                # "a month ago exactly?", "so 3 years ago today?": to the day
                return _exactly(count, unit, today)
            # "in like a week", "in two weeks": about that far, a few days either way for weeks and months.
            slack = _SLACK[_SPAN_DAYS[unit]]
            if _SPAN_DAYS[unit] == 365:
                # "so 2 years ago?" of a day 2 years and 4 months back: 2 whole years, as the answer says
                return lambda day: (
                    _whole_years(day, today) == count or abs(abs((day - today).days) - target) <= slack
                )
            return lambda day: abs(abs((day - today).days) - target) <= slack
    named = [w for w in tokens if w in _RELATIVE_DAYS]
    if len(named) == 1:
        asked = today + dt.timedelta(days=_RELATIVE_DAYS[named[0]])
        return lambda day: day == asked
    weekday = next((WEEKDAYS.index(w) for w in tokens if w in WEEKDAYS), None)
    if weekday is not None:
        return lambda day: day.weekday() == weekday  # "is that a thursday?"
    if "weekend" in tokens:
        return lambda day: day.weekday() >= 5
    return None


def is_that_day(tokens: list[str], conv: Conversation, today: dt.date) -> Answer | None:
    """'so that's tomorrow right?', 'thats in like a week right?', 'is that next month?': the last answer's
    date against a day or span named relative to now; Yes or No first."""
    day = conv.last_date
    if day is None or len(tokens) > 8:
        return None
    pointed = any(w in ("that", "thats", "it", "its", "is", "was") for w in tokens)
    if not pointed and not {t for t in tokens if not t.isdigit()} <= _SPAN_ALONE:
        return None  # "so tomorrow?" asks it too; "what's out tomorrow" does not
    within = _weekday_check(tokens) or _span(tokens, today)
    if within is None:
        return None
    verdict = "Yes" if within(day) else "No"
    verb = "is" if day >= today else "was"
    days = abs((day - today).days)
    # A distance in months or years hides the days a check may turn on ("exactly a year ago?": 366 days).
    exact = f" ({days} days {'from' if day >= today else 'before'} today)" if days >= _DAYS_SHOWN else ""
    text = f"{verdict}: {long_date(day)} {verb} {distance(day, today)}{exact}."
    return Answer(text=text, kind="answer", intent="countdown", confidence=1.0, answers=(day.isoformat(),))


def _weekday_check(tokens: list[str]) -> Callable[[dt.date], bool] | None:
    """'is that a weekday?': a check that the day falls Monday to Friday; None when the question asks which
    weekday it is ("what weekday is that?")."""
    if "weekday" not in tokens or {"what", "whats", "which"} & set(tokens):
        return None
    return lambda day: day.weekday() < 5


# All a question about the weekday of the last date may say: "and what weekday", "which day of the week is
# that?", "what day of the week will it be on lol" ("what day" is read as "when" before this).
_WEEKDAY_ALONE = frozenset(
    """and so ok okay what which whats when day of the week weekday is was does do did that thats then it its
    on be will would fall falls again exactly lol tho though for one""".split()
)


def weekday_of(
    tokens: list[str], conv: Conversation, today: dt.date, day: dt.date | None = None
) -> Answer | None:
    """'what weekday is that?': the day of the week of the date the last answer gave (or `day`)."""
    day = day or conv.last_date
    asks = "weekday" in tokens or ("week" in tokens and "of" in tokens and {"day", "when"} & set(tokens))
    # "what was the day?" after a full date: the day of the week is what it didn't say in a word.
    asks = asks or _has(tokens, "the day")
    if day is None or not asks or not set(tokens) <= _WEEKDAY_ALONE | {"the"}:
        return None
    verb = "is" if day >= today else "was"
    text = f"{day.strftime('%A')}: {long_date(day)} {verb} {distance(day, today)}."
    return Answer(text=text, kind="answer", intent="countdown", confidence=1.0, answers=(day.strftime("%A"),))


# "so that already happened?", "did that happen yet", "has that date passed already": whether the last date
# is behind us.
_HAPPENED = frozenset("happen happened happens passed past".split())
_HAPPENED_ALONE = _HAPPENED | frozenset(
    """so and ok okay oh wait then right lol that thats it its this has have did does is was already yet by
    now in the gone date day""".split()
)  # "date", "day": the date itself named ("has that date passed already")


def already_past(tokens: list[str], conv: Conversation, today: dt.date) -> Answer | None:
    """'so that already happened?': Yes or No first, whether the date the last answer gave is past."""
    day = conv.last_date
    if day is None or _HAPPENED.isdisjoint(tokens) or not set(tokens) <= _HAPPENED_ALONE:
        return None
    verb = "was" if day <= today else "is"
    text = f"{'Yes' if day <= today else 'No'}: {long_date(day)} {verb} {distance(day, today)}."
    return Answer(text=text, kind="answer", intent="countdown", confidence=1.0, answers=(day.isoformat(),))
