"""Dates: absolute ("Sept. 1", "Friday, June 7", "10 November 2024") or relative to publication."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ingest.memo import per_article

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAY_PREFIXES = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "few": 3, "several": 3,
}  # fmt: skip

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?P<weekday>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
_ABSOLUTE = [
    re.compile(r"\b(?P<iso>(?P<year>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<day>\d{2}))\b"),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?!:){_YEAR}"),
    re.compile(rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}{_YEAR}\b"),
]
# "in August 2019", "in March": a month without a day (the month name alone must not be the verb "may").
_MONTH_ONLY = re.compile(
    rf"\b(?:in|since|by|until|from|this|next|last|early|late|mid-?)\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d{{2}}))?\b"
)
# "the series' January 2014 premiere", "a March 2025 launch": a month and its year with no word before.
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b")
_YEAR_ONLY = re.compile(
    r"\b(?:in|by|until|before|for|of)\s+(?:early\s+|late\s+|mid-?)?"
    # "in Autumn 2018", "in the spring of 2026": the year is told, the day is not.
    r"(?:(?:the\s+)?(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?)?(?P<year>(?:19|20)\d{2})\b"
)
_RELATIVE = re.compile(
    # "two weeks from today", "a week from Sunday": a count of days or weeks after a day of its own.
    r"\b(?P<count>one|a|an|two|three|four|five|six|\d+) (?P<cunit>days?|weeks?) from "
    r"(?:(?P<anchor>today|tomorrow|now)|(?P<awd>(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
    r"|\b(?P<phrase>in (?:just )?(?P<n>one|a|an|two|three|four|five|six|a few|few|several|\d+) "
    r"(?P<unit>days?|weeks?|months?)"
    r"|(?P<which>this|next|later this|earlier this|early next|later next|late next) (?P<span>week|month"
    r"|year|fall|autumn|summer|spring|winter)"
    # A bare weekday counts only right after a release verb ("premieres Friday"): "Wednesday" is also a show.
    r"|(?:(?P<this>this|next|last|on) |(?<=premieres )|(?<=premiere )|(?<=returns )|(?<=debuts )"
    r"|(?<=arrives )|(?<=drops )|(?<=airs )|(?<=launches )|(?<=lands )|(?<=drop )|(?<=streams )"
    r"|(?<=stream )|(?<=debuted )|(?<=premiered )|(?<=aired )|(?<=returned ))"
    r"(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    # "on Wednesday, Sept, 25": a weekday before a month names that date, however mistyped.
    r"(?!,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|(?P<near>today|tomorrow|tonight)"
    # "on the 14th": that day of the article's month, or of the next month when it has passed.
    r"|on the (?P<nth>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"(?!\s+(?:episode|season|floor|anniversary|century|of))"
    r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in text: an exact `day`, or only a `year` (and maybe `month`)."""

    start: int
    end: int
    day: dt.date | None
    year: int | None
    month: int | None
    relative: bool


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def nearest_year(month: int, day: int, published: dt.date, weekday: int | None = None) -> dt.date | None:
    """The date with this month and day closest to `published` (a year-less date is read as the near one).

    A weekday given with the date ("Friday, February 17") picks the year whose calendar agrees.
    """
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None and any(d.weekday() == weekday for d in options):
        options = [d for d in options if d.weekday() == weekday]
    # Ties go to the future: news announces more than it recalls.
    return min(options, key=lambda d: (abs((d - published).days), d < published)) if options else None


def parse_absolute(text: str) -> dt.date | None:
    """A full date with a year ("2024-09-03", "Sept. 3, 2024", "2 October 2024"), else None."""
    for mention in find_dates(text, None):
        if mention.day is not None:
            return mention.day
    return None


def _absolute(match: re.Match[str], published: dt.date | None) -> DateMention | None:
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else _month(groups["month"])
    day = int(groups["day"])
    year = int(groups["year"]) if groups.get("year") else None
    try:
        if year is not None:
            on: dt.date | None = dt.date(year, month, day)
        else:
            weekday = _WEEKDAY_PREFIXES.index(groups["weekday"].lower()) if groups.get("weekday") else None
            on = nearest_year(month, day, published, weekday) if published else None
    except ValueError:
        return None
    if on is None:
        return None
    return DateMention(match.start(), match.end(), on, on.year, on.month, False)


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    total = day.year * 12 + day.month - 1 + months
    return total // 12, total % 12 + 1


# A release verb in the past tense right before a bare weekday ("debuted on Sunday").
_PAST_VERB = re.compile(
    r"\b(?:debuted|premiered|aired|launched|returned|dropped|arrived|bowed|opened|wrapped|ended|concluded)"
    r"(?:\s+on)?\s+$",
    re.IGNORECASE,
)


def _relative(match: re.Match[str], published: dt.date) -> DateMention:
    g = match.groupdict()
    start, end = match.start(), match.end()
    if g["count"]:
        n = int(g["count"]) if g["count"].isdigit() else NUMBERS[g["count"].lower()]
        if g["awd"]:
            # "a week from Sunday": counted from the coming Sunday.
            wanted = WEEKDAYS.index(g["awd"].lower())
            base = published + dt.timedelta(days=(wanted - published.weekday()) % 7 or 7)
        else:
            base = published + dt.timedelta(days=1 if g["anchor"].lower() == "tomorrow" else 0)
        on = base + dt.timedelta(days=n * (7 if g["cunit"].lower().startswith("week") else 1))
        return DateMention(start, end, on, on.year, on.month, True)
    if g["unit"]:
        n = int(g["n"]) if g["n"].isdigit() else NUMBERS[g["n"].lower()]
        unit = g["unit"].lower().rstrip("s")
        if unit == "month":
            year, month = _add_months(published, n)
            return DateMention(start, end, None, year, month, True)
        target = published + dt.timedelta(days=n * (7 if unit == "week" else 1))
        # "in two weeks" is approximate: keep the month, not the day.
        return DateMention(start, end, target if unit == "day" else None, target.year, target.month, True)
    if g["span"]:
        span, which = g["span"].lower(), g["which"].lower()
        if span == "month":
            year, month = _add_months(published, 1 if "next" in which else 0)
            return DateMention(start, end, None, year, month, True)
        if span == "week":
            target = published + dt.timedelta(days=7 if "next" in which else 0)
            return DateMention(start, end, None, target.year, None, True)
        year = published.year + (1 if "next" in which else 0)
        return DateMention(start, end, None, year, None, True)
    if g["wd"]:
        wanted = WEEKDAYS.index(g["wd"].lower())
        said = (g["this"] or "").lower()
        if said == "last" or _PAST_VERB.search(match.string, max(0, start - 30), start):
            # "debuted on Sunday", "premiered Tuesday": the weekday before the article, not after it.
            on = published - dt.timedelta(days=(published.weekday() - wanted) % 7 or 7)
        elif said == "next":
            # "next Thursday": that weekday in the calendar week after the article's (said on a Friday, six
            # days on; said on a Monday, "next Friday" is eleven days on).
            on = published + dt.timedelta(days=7 - published.weekday() + wanted)
        elif wanted == published.weekday() and said != "this":
            # "returns on Wednesday" said on a Wednesday: that day, or a week on? Unclear, so no day.
            return DateMention(start, end, None, published.year, None, True)
        else:
            on = published + dt.timedelta(days=(wanted - published.weekday()) % 7 or 7)
        return DateMention(start, end, on, on.year, on.month, True)
    if g["nth"]:
        day = int(g["nth"])
        year, month = (published.year, published.month) if day >= published.day else _add_months(published, 1)
        try:
            on = dt.date(year, month, day)
        except ValueError:
            return DateMention(start, end, None, year, month, True)
        return DateMention(start, end, on, on.year, on.month, True)
    near = g["near"].lower()
    on = published + dt.timedelta(days=1 if near == "tomorrow" else 0)
    return DateMention(start, end, on, on.year, on.month, True)


_SHOUTED = re.compile(
    r"\b(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST"
    r"|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b(?=\.?,?\s+\d)"
    r"|\b(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\b(?=,?\s+[A-Z]{3})"
)


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """All dates in `text`, left to right; year-less and relative dates need `published`."""
    return list(_dates_in(text, published))


@per_article  # several extractors, in both passes, ask for the same sentence's dates
def _dates_in(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    # "THURSDAY, JANUARY 21": a press release's capitals read as the same date (same length, same offsets).
    text = _SHOUTED.sub(lambda m: m.group().title(), text)

    def free(start: int, end: int) -> bool:
        return all(end <= m.start or start >= m.end for m in found)

    for pattern in _ABSOLUTE:
        for match in pattern.finditer(text):
            mention = _absolute(match, published)
            if mention and free(mention.start, mention.end):
                found.append(mention)
    for match in _MONTH_ONLY.finditer(text):
        if not free(match.start("month"), match.end()):
            continue
        month = _month(match.group("month"))
        if match.group("year"):
            year: int | None = int(match.group("year"))
        elif published is not None:
            on = nearest_year(month, 1, published)
            year = on.year if on else None
        else:
            year = None
        if year is not None:
            found.append(DateMention(match.start("month"), match.end(), None, year, month, False))
    for match in _MONTH_YEAR.finditer(text):
        if free(match.start("month"), match.end()):
            month = _month(match.group("month"))
            found.append(
                DateMention(match.start("month"), match.end(), None, int(match.group("year")), month, False)
            )
    for match in _YEAR_ONLY.finditer(text):
        if free(match.start("year"), match.end("year")):
            found.append(
                DateMention(match.start("year"), match.end(), None, int(match.group("year")), None, False)
            )
    if published is not None:
        for match in _RELATIVE.finditer(text):
            if free(match.start(), match.end()):
                found.append(_relative(match, published))
    return tuple(sorted(found, key=lambda m: m.start))
