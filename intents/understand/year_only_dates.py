"""A premiere's day asked when the facts hold only its year ("what date did wandavision premiere exactly"):
the answer says the day is not known before giving the year, instead of passing the year off as the date."""

from __future__ import annotations

from intents.answer import Answer
from intents.understand.context import Composing, lead_with

# Words that ask for the day itself, not only when ("what date", "exact release date", "which day").
_DAY_WORDS = ("date", "day", "exact", "exactly", "precisely", "weekday")
_PREMIERE_WORDS = (
    "premiere", "premiered", "premieres", "release", "released", "come out", "came out", "drop", "dropped",
    "air", "aired", "start", "started", "debut", "debuted", "out",
)  # fmt: skip


async def year_only_date(c: Composing) -> Answer | None:
    """'I don't know the exact date, only the year: ...' for a premiere day asked of a release held only by
    its year; None for any other question."""
    if not (c.res.shows or c.show) or c.res.people or c.has("year", "what year", "which year"):
        return None
    if not (c.has(*_DAY_WORDS) and c.has(*_PREMIERE_WORDS)) or c.has("days", "how long", "how many"):
        return None
    premiere = await c.ask(f"when did {c.subject_words()} premiere")
    value = premiere.answers[0] if premiere.kind == "answer" and premiere.answers else ""
    if not (value.isdigit() and len(value) == 4):
        return None  # a day is held (an ISO date), or nothing is
    return lead_with("I don't know the exact date, only the year:", premiere, intent="premiere")
