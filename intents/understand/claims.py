"""Checks of a value the fan asserts against the facts: a premiere day or year ("does season 3 come out
october 10?"), a score ("is the critics score 90%?"), and a choice between networks ("netflix or hulu?")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from db.knowledge import ReleaseFact, ShowFacts
from intents.answer import Answer
from intents.networks import NETWORK_NAMES
from intents.text import fold
from intents.timefmt import WEEKDAYS
from intents.understand.context import Composing, lead_with, verdict

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?: (?P<y>(?:19|20)\d\d))?\b"
# "october 3" is tried before "3 october", so "season 3 october 10" asserts the 10th.
_DAYS = (re.compile(rf"\b{_MONTH} {_DAY}{_YEAR}"), re.compile(rf"\b{_DAY} (?:of )?{_MONTH}{_YEAR}"))
# "in september", "october 2024"; "may" only after "in" (it is also a verb).
_DAY_OF_MONTH_ALONE = re.compile(r"\bon the (?P<d>[0-3]?\d)(?:st|nd|rd|th)\b")
_MONTH_ONLY = re.compile(
    r"\b(?:in|during|by|for|this|on) (?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b"
    r"(?: (?P<y>(?:19|20)\d\d))?"
    r"|\b(?P<m2>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]* (?P<y2>(?:19|20)\d\d)\b"
)
_IN_YEAR = re.compile(r"\b(?:in|back in|during|for) (?P<y>(?:19|20)\d\d)\b")
_SCORE_WORDS = (
    "score", "scores", "rated", "rating", "ratings", "rotten", "tomatoes", "tomatometer", "critics", "critic",
    "audience", "audiences", "percent",
)  # fmt: skip


# Days named by their distance from today. ("today" and "tonight" say now: "can i watch it tonight?" asks
# whether it is out, "as of today, has it premiered?" too.)
_RELATIVE_DAYS = {"tomorrow": 1, "tmrw": 1, "tmr": 1, "yesterday": -1}


@dataclass(frozen=True)
class AssertedDay:
    """A day or a year the question asserts."""

    month: int | None
    day: int | None
    year: int | None
    weekday: int | None = None  # "it's on a thursday right?": Monday is 0

    def fits(self, release: ReleaseFact) -> bool:
        """Whether a release falls on it."""
        if self.weekday is not None:
            return release.on is not None and release.on.weekday() == self.weekday
        if release.on is not None and self.month is None and self.day is not None:
            return release.on.day == self.day  # "on the 18th": a day of the month alone
        if release.on is not None:
            day = (release.on.month, release.on.day if self.day is not None else None)
            same_day = self.month is None or day == (self.month, self.day)
            return same_day and (self.year is None or release.on.year == self.year)
        return self.month is None and self.year is not None and release.year == self.year


def asserted_day(c: Composing) -> AssertedDay | None:
    """The day ("october 3", "3rd oct 2024") or year ("in 2022") the question asserts, if any."""
    text = " ".join(c.tokens)
    for pattern in _DAYS:
        match = pattern.search(text)
        if match is not None and 1 <= int(match.group("d")) <= 31:
            year = int(match.group("y")) if match.group("y") else None
            return AssertedDay(_MONTHS[match.group("m")[:3]], int(match.group("d")), year)
    alone = _DAY_OF_MONTH_ALONE.search(text)
    if alone is not None and 1 <= int(alone.group("d")) <= 31:
        return AssertedDay(None, int(alone.group("d")), None)  # "agatha comes out on the 18th?"
    match = _MONTH_ONLY.search(text)
    if match is not None:
        month, said_year = match.group("m") or match.group("m2"), match.group("y") or match.group("y2")
        return AssertedDay(_MONTHS[month[:3]], None, int(said_year) if said_year else None)
    match = _IN_YEAR.search(text)
    if match is not None:
        return AssertedDay(None, None, int(match.group("y")))
    weekdays = [WEEKDAYS.index(t) for t in c.tokens if t in WEEKDAYS]
    if len(weekdays) == 1:
        return AssertedDay(None, None, None, weekdays[0])  # "s3 is on a thursday right?"
    # "this year", "next month", "agatha is tomorrow right?": said relative to today.
    today = c.today
    for word, days in _RELATIVE_DAYS.items():
        if word in c.tokens:
            day = today + dt.timedelta(days=days)
            return AssertedDay(day.month, day.day, day.year)
    if c.has("this year"):
        return AssertedDay(None, None, today.year)
    if c.has("next year"):
        return AssertedDay(None, None, today.year + 1)
    if c.has("this month"):
        return AssertedDay(today.month, None, today.year)
    if c.has("next month"):
        month = today.month % 12 + 1
        return AssertedDay(month, None, today.year + (1 if month == 1 else 0))
    return None


def named_day(tokens: list[str], today: dt.date) -> dt.date | None:
    """The day the words name ("october 1", "1st oct 2024"); without a year, the next one from today."""
    text = " ".join(tokens)
    for pattern in _DAYS:
        match = pattern.search(text)
        if match is None or not 1 <= int(match.group("d")) <= 31:
            continue
        month, day = _MONTHS[match.group("m")[:3]], int(match.group("d"))
        year = int(match.group("y")) if match.group("y") else today.year
        try:
            named = dt.date(year, month, day)
        except ValueError:
            return None
        if not match.group("y") and named < today and (month, day) != (2, 29):
            named = named.replace(year=year + 1)
        return named
    return None


async def date_check(c: Composing, asserted: AssertedDay) -> Answer | None:
    """'does heartstopper season 3 premiere on october 10?': No, and the day the facts give."""
    season = c.res.season.number if c.res.season is not None else None
    show = c.res.shows[0] if c.res.shows else c.show
    if show is None and season is not None:
        # "is season 3 premiering on october 3?": the one show with that season's release (or, of several,
        # the one whose release falls on the day asserted).
        having = [s for s in c.kb.shows.values() if any(r.season == season for r in s.releases)]
        fitting = [s for s in having if any(r.season == season and asserted.fits(r) for r in s.releases)]
        show = having[0] if len(having) == 1 else (fitting[0] if len(fitting) == 1 else None)
    if show is None:
        return None
    releases = [
        r for r in show.releases if season is None or r.season == season or (season == 1 and r.season is None)
    ]
    if not any(r.on is not None or r.year is not None for r in releases):
        return None  # no day to check against: the plain answer says what is missing
    premiere = await c.ask(f"when does {show.title}{f' season {season}' if season else ''} premiere")
    if premiere.kind != "answer":
        return None
    fits = [r for r in releases if asserted.fits(r)]
    if fits and season is None and len({r.season for r in releases}) > 1:
        # "heartstopper premiered in 2022 right?": the release that fits decides, said before the others.
        first = fits[0].season
        asked = f" season {first}" if first is not None else ""
        deciding = await c.ask(f"when did {show.title}{asked} {'premiere' if asked else 'first premiere'}")
        premiere = deciding if deciding.kind == "answer" else premiere
    if (months := _months_offered(c)) is not None:
        # "is hs3 out in october or november?": a choice, answered with the month that holds the premiere.
        held = next((r.on.month for r in releases if r.on is not None and r.on.month in months), None)
        lead = f"{calendar.month_name[held]}." if held else "Neither, as far as my facts go."
        return replace(lead_with(lead, premiere, intent="premiere"), kind="answer")
    return verdict(bool(fits), "Yes." if fits else "No.", premiere, "premiere")


def _months_offered(c: Composing) -> set[int] | None:
    """The months a question offers as a choice ("october or november"), or None when it offers none."""
    if "or" not in c.tokens:
        return None
    months = {_MONTHS[t[:3]] for t in c.tokens if t[:3] in _MONTHS and t in _MONTH_WORDS}
    return months if len(months) >= 2 else None


_MONTH_WORDS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "sept"))


def _asserted_score(c: Composing) -> int | None:
    season = c.res.season.number if c.res.season is not None else None
    numbers = [int(t) for t in c.tokens if t.isdigit() and 0 < int(t) <= 100 and int(t) != season]
    return numbers[0] if numbers else None


async def score_check(c: Composing, show: ShowFacts) -> Answer | None:
    """'is heartstopper's critics score 98%?': the asserted score against the reported ones."""
    asserted = _asserted_score(c)
    if asserted is None or not c.has(*_SCORE_WORDS):
        return None
    rated = [r for r in show.ratings if "rotten" in r.source.lower()] or list(show.ratings)
    if c.has("critics", "critic", "tomatometer") and not c.has("audience", "audiences", "fans", "viewers"):
        rated = [r for r in rated if r.audience == "critics"] or rated
    elif c.has("audience", "audiences", "fans", "viewers"):
        rated = [r for r in rated if r.audience != "critics"] or rated
    if not rated:
        return None
    scores = await c.ask(f"how is {show.title} rated")
    if scores.kind != "answer":
        return None
    said = [int(t) for t in c.tokens if t.isdigit() and 0 < int(t) <= 100]
    if len(said) >= 2 and c.has("or"):
        # "is the audience score 96 or 98?": the one the facts hold.
        picked = [n for n in said if any(round(r.value) == n for r in rated)]
        lead = f"{picked[0]}%." if picked else "Neither, as far as my facts go."
        return replace(lead_with(lead, scores, intent="ratings"), kind="answer")
    if c.has("above", "over", "higher than", "more than", "better than", "at least"):
        yes = any(r.value > asserted or (c.has("at least") and r.value == asserted) for r in rated)
    elif c.has("below", "under", "lower than", "less than", "worse than"):
        yes = any(r.value < asserted for r in rated)
    else:
        yes = any(round(r.value) == asserted for r in rated)
    return verdict(yes, "Yes." if yes else "No.", scores, "ratings")


def _phrases_by_first_word() -> dict[str, list[tuple[list[str], str]]]:
    # Built once: each question then looks up only the phrases its own words can start.
    by_word: dict[str, list[tuple[list[str], str]]] = {}
    for phrases, name in NETWORK_NAMES:
        for phrase in phrases:
            words = phrase.split()
            by_word.setdefault(words[0], []).append((words, name))
    return by_word


_PHRASES_BY_FIRST_WORD = _phrases_by_first_word()


def networks_in(c: Composing) -> list[str]:
    """The networks the question names, in order, each phrase once ("hbo max" is not also HBO and Max)."""
    found: list[str] = []
    i = 0
    while i < len(c.tokens):
        best: tuple[int, str] | None = None
        for words, name in _PHRASES_BY_FIRST_WORD.get(c.tokens[i], ()):
            if c.tokens[i : i + len(words)] == words and (best is None or len(words) > best[0]):
                best = (len(words), name)
        if best is None:
            i += 1
            continue
        if best[1] not in found:
            found.append(best[1])
        i += best[0]
    return found


async def network_choice(c: Composing) -> Answer | None:
    """'is heartstopper on netflix or hulu?', 'which is it on, hbo or netflix?': the one the facts hold."""
    named = networks_in(c)
    show = c.res.shows[0] if c.res.shows else c.show
    if len(named) < 2 or not c.has("or") or show is None:
        return None
    where = await c.ask(f"where can i watch {show.title}")
    if where.kind != "answer":
        return None
    held = [fold(n) for n in where.answers]
    picked = [n for n in named if any(fold(n) in h or h in fold(n) for h in held)]
    lead = f"{picked[0]}." if picked else "Neither, as far as my facts go."
    return replace(lead_with(lead, where, intent="where_to_watch"), kind="answer")
