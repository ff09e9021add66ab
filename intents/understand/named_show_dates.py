"""A question about a date's weekday or distance asked of a show it names, not of the last date answered:
"and the agatha one, which weekday", "and agatha's premiere, what day of the week is that", "agatha, how
many days away is that". The named show's premiere is asked for, and the question read against that day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation
from intents.text import fold
from intents.understand.date_spans import date_reference, weekday_of
from intents.understand.memory import answer_date

Ask = Callable[[str], Awaitable[Answer]]
# Words naming the date of the show rather than asking about it ("agatha's premiere date", "the agatha one").
_DATE_NOUNS = frozenset("premiere release date launch debut drop one s the".split())
_ORDERING = frozenset("after before between apart earlier later than since sooner".split())


def _without_show(tokens: list[str], show_words: frozenset[str]) -> list[str]:
    """The words with the show's own words and the nouns naming its date set aside."""
    return [w for w in tokens if w not in show_words and w not in _DATE_NOUNS]


async def named_show_date(
    tokens: list[str], conv: Conversation, today: dt.date, kb: Knowledge, ask: Ask, named: frozenset[int]
) -> Answer | None:
    """The weekday or distance of the premiere of the one show the question names; None when it names
    several, or asks anything else, or that show's premiere date is not held."""
    if (
        len(named) != 1
        or (show := kb.shows.get(next(iter(named)))) is None
        or not _ORDERING.isdisjoint(tokens)
    ):
        return None  # "how many days after agatha is that": two dates set against each other, not one
    words = frozenset(w for name in (show.title, *show.aliases) for w in fold(name).split())
    rest = _without_show(tokens, words)
    if rest == tokens or not rest:
        return None
    asked = [*rest, "that"] if not {"that", "it", "this", "thats"} & set(rest) else rest
    # Read the question's shape first (no date needed), then ask for the date only when it fits one.
    probe = dt.date(2000, 1, 1)
    if weekday_of(asked, conv, today, probe) is None and date_reference(asked, conv, today, probe) is None:
        return None
    day = answer_date(await ask(f"when does {fold(show.title)} come out"))
    if day is None:
        return None
    return weekday_of(asked, conv, today, day) or date_reference(asked, conv, today, day)
