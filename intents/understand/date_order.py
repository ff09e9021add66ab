"""Questions about the dates the conversation's answers gave: "is that before or after the last of us season
2?", "which was first?", "so that's tomorrow right?", "what time does it drop?". Each reply gives its verdict
first (Before/After, the earlier show, Yes/No, or that the facts hold no time of day), then the dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation, Turn
from intents.text import title_case
from intents.timefmt import distance, long_date
from intents.understand.calendar_targets import against_month, calendar_target
from intents.understand.date_between import span_between
from intents.understand.date_spans import already_past, date_reference, is_that_day, weekday_of
from intents.understand.dated_pairs import (
    dates_of_last_answer,
    gap_between_them,
    last_two_dated,
    premiere_order,
    which_later,
)
from intents.understand.holidays import holiday
from intents.understand.memory import answer_date
from intents.understand.named_show_dates import named_show_date
from intents.understand.regional_dates import regional_date
from intents.understand.season_order import checked_order_head, of_dated_show, order_of_seasons

Ask = Callable[[str], Awaitable[Answer]]
_ORDER_WORDS = ("before", "after", "earlier", "later", "sooner", "by")
# Words that point at a time rather than name something else's premiere ("before then", "after today").
_NOT_A_SUBJECT = frozenset("that then it this today now tomorrow yesterday".split())
_FILLER = frozenset("come comes out released premiere premieres drops drop".split())
# All a question may hold before its order word: "so is that before ...", "does it come out before ...".
_LEADING = frozenset(
    """so and ok okay is was does did will it that this come comes out or before after itll be premiere date
    release""".split()
)


def order_target(tokens: list[str]) -> list[str]:
    """The words naming what the last date is compared with ("is that before or after andor s2" -> "andor
    s2"), or [] when the question compares nothing."""
    at = max((i for i, w in enumerate(tokens) if w in _ORDER_WORDS), default=-1)
    if at < 0 or not all(w in _LEADING for w in tokens[:at]):
        return []
    target = [w for w in tokens[at + 1 :] if w not in ("than", "?")]
    while target and target[0] in _FILLER:
        target = target[1:]
    if not target or target[0] in _NOT_A_SUBJECT or len(target) > 8:
        return []
    return target


def _against_holiday(tokens: list[str], last_date: dt.date, name: str, day: dt.date) -> Answer:
    """'is that before halloween?', 'so itll be out by christmas?': the last date against the holiday's day
    that year; yes or no first when asked so ("by" counts the day itself)."""
    gap = abs((day - last_date).days)
    word = "Same day" if day == last_date else "Before" if last_date < day else "After"
    checked = _checked_order(tokens)
    by = "by" in tokens
    if checked is not None or by:
        early = checked if checked is not None else True
        yes = (last_date <= day) if by else (last_date < day) == early and day != last_date
        word = f"{'Yes' if yes else 'No'}, {word.lower()}"
    text = f"{word}: {long_date(last_date)} is {gap} day{'s' if gap != 1 else ''} "
    text += f"{'before' if last_date <= day else 'after'} {name} ({long_date(day)})."
    return Answer(text=text, kind="answer", intent="countdown", confidence=1.0, answers=(day.isoformat(),))


_CHECK_LEADS = frozenset("is was does did will comes came".split())
_EARLY_WORDS = frozenset({"before", "earlier", "sooner"})


def _checked_order(tokens: list[str]) -> bool | None:
    """For a yes/no question naming one order ("is that before X?"): True when it asks "earlier", False when
    "later"; None when it asks which of the two ("before or after X?") or isn't a yes/no question."""
    words = [w for w in tokens if w not in ("so", "and", "ok", "okay")]
    asked = [w for w in words if w in _ORDER_WORDS]
    if not words or words[0] not in _CHECK_LEADS or len(set(asked)) != 1 or "or" in words:
        return None
    return asked[0] in _EARLY_WORDS


def _name(target: list[str], other: Answer, kb: Knowledge) -> str:
    show = kb.shows.get(other.show_id) if other.show_id is not None else None
    if show is None:
        return title_case(target)
    season = next((target[i + 1] for i, w in enumerate(target[:-1]) if w == "season"), None)
    season = season or next((w[1:] for w in target if w[:1] == "s" and w[1:].isdigit()), None)
    return f"{show.title} season {season}" if season else show.title


async def date_order(tokens: list[str], conv: Conversation, ask: Ask, kb: Knowledge) -> Answer | None:
    """Before or after: the last answer's date against the premiere the question names."""
    last_date = conv.last_date
    if last_date is None:
        return None
    target = order_target(tokens)
    if not target:
        return None
    if (named_day := holiday(target, last_date.year)) is not None:
        return _against_holiday(tokens, last_date, *named_day)
    if (named_span := calendar_target(target, last_date.year)) is not None:  # "my birthday in august"
        name, first, last = named_span
        if first == last:
            return _against_holiday(tokens, last_date, name, first)
        return against_month(name, first, last, last_date, _checked_order(tokens))
    if "by" in tokens and not any(w in tokens for w in _ORDER_WORDS if w != "by"):
        return None  # "by" orders a date against a holiday only ("directed by" is no order)
    asked = of_dated_show(target, conv, kb)  # "season 2" alone: of the show the last date was of
    other = await ask(" ".join(["when", "does", *asked, "come", "out"]))
    day = answer_date(other)
    if day is None and (by_number := order_of_seasons(target, conv, kb, last_date, _checked_order(tokens))):
        return by_number  # "is that before or after season 2?" with season 2's date not held
    if day is None and other.kind == "answer":
        return _against_year(tokens, last_date, _name(target, other, kb), other.answers)
    if day is None or other.kind != "answer":
        return other if other.kind == "unknown" else None
    name = _name(asked, other, kb)
    if day == last_date:
        head = f"Same day: {long_date(last_date)}, the day {name} comes out too."
    else:
        word = "Before" if last_date < day else "After"
        gap = abs((day - last_date).days)
        head = (
            f"{word}: {long_date(last_date)} is {gap} day{'s' if gap != 1 else ''} {word.lower()} "
            f"{name} ({long_date(day)})."
        )
        if (checked := _checked_order(tokens)) is not None:
            # "is that before the new season?" asks yes or no too; "is that before or after it?" only which.
            head = checked_order_head(word, checked == (last_date < day)) + head[len(word) :]
    return Answer(text=head, kind="answer", intent="countdown", confidence=1.0, answers=(day.isoformat(),))


def _against_year(
    tokens: list[str], last_date: dt.date, name: str, answers: tuple[str, ...]
) -> Answer | None:
    """Before or after a premiere known only by its year ("is that before wandavision": 2021); None when
    the years are the same (the order is unknown) or no year was given."""
    year = next((int(a) for a in answers if a.isdigit() and len(a) == 4), None)
    if year is None or year == last_date.year:
        return None
    word = "Before" if last_date.year < year else "After"
    head = f"{word}: {long_date(last_date)} is {word.lower()} {name} ({year})."
    if (checked := _checked_order(tokens)) is not None:
        head = checked_order_head(word, checked == (last_date.year < year)) + head[len(word) :]
    return Answer(text=head, kind="answer", intent="countdown", confidence=1.0, answers=(str(year),))


_FIRST_WORDS = frozenset({"first", "earlier", "sooner", "older"})
_WHICH = frozenset({"which", "what", "who"})


def _turn_name(show_id: int | None, season: int | None, kb: Knowledge) -> str | None:
    show = kb.shows.get(show_id) if show_id is not None else None
    if show is None:
        return None
    return f"{show.title} season {season}" if season else show.title


_JOINERS = frozenset({"and", "n", "so", "ok", "okay"})


def which_first(tokens: list[str], conv: Conversation, kb: Knowledge) -> Answer | None:
    """'which was first?', 'which one's first then': of the last two dates answered, the earlier."""
    while tokens[:1] and tokens[0] in _JOINERS:
        tokens = tokens[1:]  # "n which one first": a joiner typed short
    if len(tokens) > 6 or not tokens or tokens[0] not in _WHICH or not _FIRST_WORDS.intersection(tokens):
        return None
    dated: dict[tuple[int | None, int | None], dt.date] = {}
    for turn in reversed(conv.turns):
        if turn.date is not None and turn.show_id is not None:
            dated.setdefault((turn.show_id, turn.season), turn.date)
    if len(dated) < 2 or len(dates_of_last_answer(conv, kb)) == 2:
        # "when is agatha out and when is hs s3 out" ... "which one first": the two one answer gave
        pair = last_two_dated(conv, kb)
        if pair is None:
            return None
        first, second = sorted(pair, key=lambda named: named[1])
        return premiere_order(first, second, asked_first=True)
    (one, day_one), (two, day_two) = list(dated.items())[:2]
    (early, early_day), (late, late_day) = sorted([(one, day_one), (two, day_two)], key=lambda x: x[1])
    early_name, late_name = _turn_name(*early, kb), _turn_name(*late, kb)
    if early_name is None or late_name is None:
        return None
    return premiere_order((early_name, early_day), (late_name, late_day), asked_first=True)


def time_of_day(tokens: list[str], conv: Conversation, today: dt.date) -> Answer | None:
    """'what time does it drop?': the facts hold days, never hours; say so, then the day."""
    day = conv.last_date
    if day is None or tokens[:2] not in (["what", "time"], ["which", "time"]):
        return None
    text = (
        f"I don't know what time of day it comes out, only the day: {long_date(day)} "
        f"({distance(day, today)})."
    )
    return Answer(text=text, kind="answer", intent="premiere", confidence=0.8, answers=(day.isoformat(),))


async def about_dates(
    tokens: list[str],
    conv: Conversation,
    today: dt.date,
    kb: Knowledge,
    ask: Ask,
    named: frozenset[int] = frozenset(),
) -> Answer | None:
    """A question about the dates the conversation gave: how far away, which was first, whether it is today
    or tomorrow, its time of day, or before or after another premiere (`ask` answers that one's date).
    `named` are the shows the question names: "and the heartstopper one, how long till that?" points at
    that show's date, not at the last date another show's answer gave."""
    if not conv.dated:
        return None  # every reading below sets the question against a date an answer gave: none was given
    dated_turn = next((t for t in reversed(conv.turns) if t.date is not None and not t.aside), None)
    dated = dated_turn.show_id if dated_turn is not None else None
    if (between := await span_between(tokens, conv, ask, kb, named)) is not None:
        return between  # "how many days after that is hs3", another show's premiere or the same show's
    if named and dated not in named:
        return (
            which_first(tokens, conv, kb)
            or await date_order(tokens, conv, ask, kb)
            or await named_show_date(tokens, conv, today, kb, ask, named)  # "and agatha's, which weekday"
        )
    return (
        gap_between_them(tokens, conv, kb)  # "how many days between them": before the distance from today
        or date_reference(tokens, conv, today, about=_premiere_of(dated_turn, kb))
        or which_first(tokens, conv, kb)
        or which_later(tokens, conv, kb)  # "which one's later"
        or is_that_day(tokens, conv, today)
        or weekday_of(tokens, conv, today)
        or already_past(tokens, conv, today)  # "so that already happened?"
        or time_of_day(tokens, conv, today)
        or regional_date(tokens, conv)  # "is that date for the uk too?"
        or await date_order(tokens, conv, ask, kb)
        or await named_show_date(tokens, conv, today, kb, ask, named)  # "the agatha one, which weekday"
    )


# Answers whose date is a show's premiere: a distance to that date names it ("Agatha All Along's premiere").
_PREMIERE_INTENTS = frozenset({"premiere", "countdown"})


def _premiere_of(turn: Turn | None, kb: Knowledge) -> str | None:
    """What the date the turn's answer gave is, when it is a show's (or season's) premiere."""
    if turn is None or turn.intent not in _PREMIERE_INTENTS or turn.show_id not in kb.shows:
        return None
    title = kb.shows[turn.show_id].title
    return f"{title} season {turn.season}'s premiere" if turn.season else f"{title}'s premiere"
