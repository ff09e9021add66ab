"""A season named alone against the last date ("is that before or after season 2?"): the season is of the show
whose date the last answer gave, and seasons of one show come in their order even when the other's date isn't
held."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation
from intents.seasons import find_season
from intents.text import fold
from intents.timefmt import long_date

# Words a season named alone may carry besides its reference ("the second season", "s2 of it").
_AROUND = frozenset("the one of it its that this show series".split())


def season_alone(target: list[str]) -> int | None:
    """The season number the words name when they name a season and nothing else ("season 2", "s2", "the
    second season"), else None."""
    ref = find_season(target)
    if ref is None or ref.number is None:
        return None
    rest = target[: ref.start] + target[ref.end :]
    return ref.number if all(w in _AROUND for w in rest) else None


def dated_season(conv: Conversation, kb: Knowledge) -> tuple[int, int | None] | None:
    """The show and season the latest date answered was of (the season found from the show's releases when
    the question didn't name one); None when no known show's date was answered."""
    turn = next((t for t in reversed(conv.turns) if t.date is not None and not t.aside), None)
    show = kb.shows.get(turn.show_id) if turn is not None and turn.show_id is not None else None
    if turn is None or show is None:
        return None
    season = turn.season or next((r.season for r in show.releases if r.on == turn.date), None)
    return show.id, season


def of_dated_show(target: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """A season named alone as the season of the show the last date was of ("season 2" -> "heartstopper
    season 2"); the words unchanged otherwise."""
    dated = dated_season(conv, kb)
    if season_alone(target) is None or dated is None:
        return target
    return [*fold(kb.shows[dated[0]].title).split(), *target]


def checked_order_head(word: str, yes: bool) -> str:
    """The head of a reply to a yes/no question about an order ("is that before season 3?"): yes or no
    first, as every yes/no answer starts, then the order found ("Yes, before", "No, after")."""
    return f"{'Yes' if yes else 'No'}, {word.lower()}"


def order_of_seasons(
    target: list[str], conv: Conversation, kb: Knowledge, last_date: dt.date, checked: bool | None
) -> Answer | None:
    """Before or after a season of the same show whose date isn't held: by the seasons' numbers ("season 3 is
    after season 2"), the date held said, the other said to be unknown; None when the order can't be told.
    `checked`: the question asked yes/no of "before" (True) or "after" (False)."""
    other = season_alone(target)
    dated = dated_season(conv, kb)
    if other is None or dated is None:
        return None
    show_id, season = dated
    if season is None or season == other:
        return None
    title = kb.shows[show_id].title
    word = "Before" if season < other else "After"
    head = word if checked is None else checked_order_head(word, checked == (season < other))
    text = (
        f"{head}: {title} season {season} ({long_date(last_date)}) comes {word.lower()} season {other}; "
        f"I don't have the date of season {other}."
    )
    day = last_date.isoformat()
    return Answer(text=text, kind="answer", intent="countdown", confidence=0.9, answers=(day,))
