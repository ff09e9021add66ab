"""A day or month the fan names to set the last date against: "before or after august 20", "is that before my
birthday in august", "after the end of september". A month stands for all its days; a day with no year is
in the year of the date it is compared with."""

from __future__ import annotations

import calendar
import datetime as dt

from intents.answer import Answer
from intents.timefmt import long_date

_MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr}
    | {"sept": 9}
)
# Words that may go with a fan's own day and say nothing more about when it is: "my birthday in august".
_OWN_DAY_WORDS = frozenset(
    """my our birthday bday anniversary holiday holidays vacation trip exam exams wedding party in on the of
    around at th st nd rd""".split()
)


def calendar_target(target: list[str], year: int) -> tuple[str, dt.date, dt.date] | None:
    """The name, first and last day of the day or month the words name (in `year`), or of its end or start
    ("the end of september": one day); None when they name something else (a show, a holiday, a day with
    words the fan's own days don't use)."""
    at = next((i for i, w in enumerate(target) if w in _MONTHS), None)
    if at is None:
        return None
    said = 2 if at >= 2 and tuple(target[at - 2 : at]) in _EDGES else 1  # "the middle of", "mid"
    edge = _EDGES.get(tuple(target[at - said : at])) if at >= said else None
    if edge is not None:  # "the end of october": its last day; "the start of october": its first
        named = calendar_target(target[at:], year)
        if named is None or named[1] == named[2] or any(w not in _OWN_DAY_WORDS for w in target[: at - said]):
            return None  # "the end of october 3" is no day
        day = {"end": named[2], "start": named[1]}.get(edge, named[1].replace(day=_MIDDLE_DAY))
        return f"the {edge} of {named[0]}", day, day
    month = _MONTHS[target[at]]
    # The day of the month, said after the month ("august 20") or before it ("20th august").
    before = at - 2 if at >= 2 and target[at - 1] == "of" else at - 1  # "the 20th of august"
    near = [i for i in (at + 1, before) if 0 <= i < len(target) and _ordinal(target[i]).isdigit()]
    rest = [w for i, w in enumerate(target) if i != at and i not in near[:1]]
    if any(w not in _OWN_DAY_WORDS for w in rest):
        return None
    last_day = calendar.monthrange(year, month)[1]
    number = int(_ordinal(target[near[0]])) if near else 0
    if 1 <= number <= last_day:
        day = dt.date(year, month, number)
        return f"{calendar.month_name[month]} {number}", day, day
    return calendar.month_name[month], dt.date(year, month, 1), dt.date(year, month, last_day)


# Words before a month that name one of its edges: "the end of october" is October 31.
_EDGES: dict[tuple[str, ...], str] = {
    ("end", "of"): "end",
    ("start", "of"): "start",
    ("beginning", "of"): "start",
    ("middle", "of"): "middle",
    ("mid",): "middle",
}
_MIDDLE_DAY = 15  # "mid october": the middle of a month is its 15th


def _ordinal(word: str) -> str:
    """'20th' -> '20'; other words unchanged."""
    return word[:-2] if word[-2:] in ("st", "nd", "rd", "th") and word[:-2].isdigit() else word


def against_month(
    name: str, first: dt.date, last: dt.date, last_date: dt.date, checked: bool | None
) -> Answer:
    """The last date against a whole month: Before, After or In first (yes or no too when the question
    asked "is that before X?"), then the date."""
    word = "Before" if last_date < first else "After" if last_date > last else "In"
    text = f"{word}: {long_date(last_date)} is {'in' if word == 'In' else word.lower()} {name}."
    if checked is not None:
        yes = last_date < first if checked else last_date > last
        text = f"{'Yes' if yes else 'No'}, {text[0].lower()}{text[1:]}"
    return Answer(text=text, kind="answer", intent="countdown", confidence=1.0, answers=(first.isoformat(),))
