"""Whether a premiere falls in a time the fan names relative to today: "hs3 is out tomorrow right?", "can i
binge it this weekend?", "will it be out by halloween?", "is it out before october 1?". The answer says yes or
no first, then the premiere it was judged by."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from intents.answer import Answer
from intents.timefmt import WEEKDAYS
from intents.understand.calendar_targets import calendar_target
from intents.understand.claims import named_day
from intents.understand.context import Composing, verdict
from intents.understand.holidays import holiday
from intents.understand.time_amounts import away_bound, bound_said, counted_days

Window = Callable[[dt.date], bool]
_HOLIDAY_WORDS = 3  # the most words a holiday's name takes ("new years eve")

_BOUND_WORDS = ("by", "before", "until", "till", "in time for")
# Words that ask whether the season can be watched then (out by that day counts), not when it premieres.
_WATCHING = ("watch", "binge", "stream", "streaming", "available", "out", "up")
_PREMIERING = (
    "come out", "comes out", "coming out", "came out", "dropped", "premiered", "aired",
    "drop", "drops", "dropping", "premiere", "premieres", "premiering",
    "release", "released", "releases", "releasing", "air", "airs", "airing",
)  # fmt: skip

_WATCH_REACH = 62  # days after a premiere a window to watch in may start and still count
# Words that say a premiere already came: "it came out over the weekend" is the weekend just gone.
_CAME = ("came", "did", "was", "dropped", "released", "premiered", "aired")


def _monday(today: dt.date, weeks_ahead: int) -> dt.date:
    return today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=weeks_ahead)


def _holiday(c: Composing) -> dt.date | None:
    """The next day (from today) of the holiday the question names ("by halloween", "before thanksgiving",
    "out by easter"), or the end of the month or year it names; None when it names none."""
    for start in range(len(c.tokens)):
        # The longest name first: "new years eve" is not "new years".
        for end in range(min(start + _HOLIDAY_WORDS, len(c.tokens)), start, -1):
            found = holiday(c.tokens[start:end], c.today.year)
            if found is not None:
                day = found[1]
                return day if day >= c.today else (holiday(c.tokens[start:end], c.today.year + 1) or found)[1]
    if c.has("end of the month", "end of this month", "end of the year", "end of this year"):
        if c.has("end of the year", "end of this year"):
            return dt.date(c.today.year, 12, 31)
        return c.today.replace(day=calendar.monthrange(c.today.year, c.today.month)[1])
    return None


def _month_bound(c: Composing) -> Window | None:
    """ "before october", "by the end of october", "after september": a month (or its end or start) in the
    premiere's year; before or by a whole month is before its first day, after it after its last."""
    at = next((i for i, t in enumerate(c.tokens) if t in ("by", "before", "until", "till", "after")), None)
    if at is None:
        return None
    words, order = c.tokens[at + 1 :], c.tokens[at]
    if calendar_target(words, c.today.year) is None:
        return None

    def within(on: dt.date) -> bool:
        _name, first, last = calendar_target(words, on.year) or ("", on, on)
        if order == "after":
            return on > last
        if first != last or order == "before":
            return on < first
        return on <= first  # "by the end of october": the day itself counts

    return within


def _bound(c: Composing) -> Window | None:
    """ "by halloween", "before october 1", "till the end of the month": on or before that day."""
    if (month := _month_bound(c)) is not None:
        return month
    at = next((i for i, t in enumerate(c.tokens) if t in ("by", "before", "until", "till")), None)
    if at is None and not c.has("in time for"):
        return None
    after = c.tokens[at + 1 :] if at is not None else c.tokens
    day = (
        _holiday(c)
        or named_day(after, c.today)
        or _coming_weekday(after, c.today)
        or _day_of_month(after, c.today)
    )
    if day is None:
        return None
    strictly = c.has("before")  # "before october 3": not on the day itself
    return (lambda on: on < day) if strictly else (lambda on: on <= day)


def _last_weekend(today: dt.date) -> tuple[dt.date, dt.date]:
    """The most recent Saturday and Sunday before today (today's own weekend when it is Sunday)."""
    saturday = today - dt.timedelta(days=(today.weekday() - 5) % 7 or 7)
    return saturday, saturday + dt.timedelta(days=1)


def past_window(c: Composing) -> Window | None:
    """A span of days before today: "yesterday", "last week", "over the weekend" (said of a premiere that
    came), "last month", "two weeks ago"; None when the question names none."""
    today = c.today
    if c.has("yesterday"):
        return lambda on: on == today - dt.timedelta(days=1)
    if c.has("last week", "past week"):
        monday = _monday(today, -1)
        return lambda on: monday <= on <= monday + dt.timedelta(days=6)
    if c.has("last weekend", "past weekend") or (c.has("the weekend") and c.has(*_CAME)):
        saturday, sunday = _last_weekend(today)
        return lambda on: saturday <= on <= sunday
    if c.has("last month", "past month"):
        end = today.replace(day=1) - dt.timedelta(days=1)
        return lambda on: end.replace(day=1) <= on <= end
    since = bound_said(c.tokens) if "since" in c.tokens else None
    if since is not None:  # "has it been more than a week since it came out?"
        more, days = since
        return (lambda on: (today - on).days > days) if more else (lambda on: 0 <= (today - on).days < days)
    counted = counted_days(c.tokens, ago=True)
    if counted is not None:
        days = counted[0]
        slack = 0 if days < 7 else 2 if days < 30 else 6  # "two weeks ago": about then
        return lambda on: abs((today - on).days - days) <= slack
    return None


def window(c: Composing) -> Window | None:
    """The span of days the question names relative to today, or None when it names none (or only today,
    which the plain 'is it out yet' answers)."""
    past = past_window(c)
    if past is not None:
        return past
    bound = _bound(c)
    if bound is not None:
        return bound
    today = c.today
    if c.has("tomorrow"):
        return lambda on: on == today + dt.timedelta(days=1)
    if c.has("any day now", "any day"):  # "any day now for hs3?": within the coming week
        return lambda on: 0 <= (on - today).days <= 7
    for word, ahead in (("this", 0), ("next", 1)):
        if c.has(f"{word} week", f"{word} weekend") or (word == "this" and c.has("the weekend")):
            monday = _monday(today, ahead)
            if today.weekday() == 6 and ahead == 0 and c.has("this week"):
                monday += dt.timedelta(days=6)  # on a Sunday, "this week" is the one starting today
            first = monday + dt.timedelta(days=5) if c.has(f"{word} weekend", "the weekend") else monday
            last = monday + dt.timedelta(days=6)
            return lambda on: first <= on <= last
    for word, ahead in (("this", 0), ("next", 1)):
        if c.has(f"{word} month"):
            first, last = _month_span(today, ahead)
            return lambda on: first <= on <= last
    away = away_bound(c.tokens)
    if away is not None:  # "is hs3 more than a month away?"
        more, days = away
        return (lambda on: (on - today).days > days) if more else (lambda on: 0 <= (on - today).days < days)
    counted = counted_days(c.tokens)
    if counted is not None:
        days, within = counted
        if within:  # "within two weeks": any day from today to then
            return lambda on: 0 <= (on - today).days <= days
        slack = 0 if days < 7 else 2 if days < 30 else 6  # "in two weeks": about then
        return lambda on: abs((on - today).days - days) <= slack
    if c.has("watch", "binge", "stream") and "on" in c.tokens:
        # "can i watch it on my birthday, sept 20?": out by that day
        day = named_day(c.tokens[c.tokens.index("on") + 1 :], today)
        if day is not None:
            return lambda on: on <= day
    weekday = next((WEEKDAYS.index(w) for w in c.tokens if w in WEEKDAYS), None)
    if weekday is not None and c.has(*(f"on {d}" for d in WEEKDAYS), *(f"this {d}" for d in WEEKDAYS)):
        # "is it out on thursday": the coming one (today, when today is that day)
        coming = today + dt.timedelta(days=(weekday - today.weekday()) % 7)
        return lambda on: on == coming
    return None


def _month_span(today: dt.date, ahead: int) -> tuple[dt.date, dt.date]:
    """The first and last day of this month (`ahead` 0) or the next (1)."""
    year, month = divmod(today.month - 1 + ahead, 12)
    first = dt.date(today.year + year, month + 1, 1)
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _day_of_month(tokens: list[str], today: dt.date) -> dt.date | None:
    """ "by the 20th": a day of the month said alone, this month's (next month's once it has gone)."""
    words = [t for t in tokens if t != "the"]
    said = words[0] if words else ""
    number = said[:-2] if said[-2:] in ("st", "nd", "rd", "th") else ""
    if not number.isdigit() or not 1 <= int(number) <= 31:
        return None
    day = int(number)
    for first, _last in (_month_span(today, 0), _month_span(today, 1)):
        if day <= calendar.monthrange(first.year, first.month)[1] and first.replace(day=day) >= today:
            return first.replace(day=day)
    return None


def _coming_weekday(tokens: list[str], today: dt.date) -> dt.date | None:
    """The day a weekday right at the start of the words names ("by friday"): the coming one, or today."""
    if not tokens or tokens[0] not in WEEKDAYS:
        return None
    return today + dt.timedelta(days=(WEEKDAYS.index(tokens[0]) - today.weekday()) % 7)


async def out_within(c: Composing) -> Answer | None:
    """Yes or no: the premiere of the show (and season) asked about falls in the window named."""
    within = window(c)
    asked = c.has(*_WATCHING, *_PREMIERING) or only_a_time(c) or away_bound(c.tokens) is not None
    if within is None or not asked or c.has("already", "yet"):
        return None  # "is it out already or is it next week" asks whether it is out now
    past = past_window(c) is not None
    premiere = await c.ask(f"when {'did' if past else 'does'} {c.subject_words()} premiere")
    if premiere.kind != "answer" or not premiere.answers:
        return None
    days = [_day(value) for value in premiere.answers]
    on = days[0]
    if on is None:
        return None
    if past:
        # "did it come out yesterday": any premiere the reply gives (a show asked without a season has one
        # per season) may be the one meant; one that came earlier is no yes.
        yes = any(d is not None and within(d) for d in days)
        return verdict(yes, "Yes." if yes else "No.", premiere, "premiere")
    # "can i watch it this weekend" is yes for a season already out; "does it drop this weekend" is not.
    # "is it out after september" asks when it comes out: still watchable after then is no yes.
    watchable = c.has(*_WATCHING) and not c.has(*_PREMIERING, "after")
    if on <= c.today and (watchable or c.has(*_BOUND_WORDS)):
        return verdict(True, "Yes, it's already out.", premiere, "premiere")
    # "is it out this weekend?" of a Friday premiere: out by then is yes when the fan asks to watch.
    yes = within(on) or (watchable and any(within(on + dt.timedelta(days=d)) for d in range(_WATCH_REACH)))
    return verdict(yes, "Yes." if yes else "No.", premiere, "premiere")


# Words a time relative to today is said in, and what fans put around it ("hs3 in like 3 weeks?").
_TIME_WORDS = frozenset(
    """in within like about around just a an one two three four five six couple few day days week weeks wk wks
    month months next this last the weekend tomorrow yesterday today tonight right or so by before any now
    till til until only for""".split()
)


def only_a_time(c: Composing) -> bool:
    """Whether the question is a show (and season) and a time, nothing else: "hs3 in like 3 weeks?" asks
    whether it premieres then."""
    named = {i for m in c.res.mentions for i in range(m.start, m.end)}
    if c.res.season is not None:
        named.update(range(c.res.season.start, c.res.season.end))
    rest = [t for i, t in enumerate(c.tokens) if i not in named]
    return bool(named) and bool(rest) and all(t in _TIME_WORDS or t.isdigit() for t in rest)


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
