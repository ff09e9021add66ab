"""The last two premieres the conversation's answers gave, compared without naming them: "which one's later",
"how many days between them", "how far apart are they", "by how many days" (after "which comes first")."""

from __future__ import annotations

import datetime as dt
import re

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation
from intents.timefmt import long_date
from intents.understand.date_spans import asked_unit, in_unit

_WHICH = frozenset({"which", "what", "who"})
_LATER_WORDS = frozenset({"later", "last", "latest"})
# Words that point back at the two premieres ("between them", "are they", "the two of them").
_POINTERS = frozenset("them they those these both two ones".split())
_GAP_ASKS = (
    ("how", "many"), ("how", "long"), ("how", "far"), ("how", "much", "time"), ("by", "how", "many"),
    ("by", "how", "much"), ("whats", "the", "gap"), ("what", "is", "the", "gap"),
)  # fmt: skip
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UNIT_WORDS = frozenset("days day weeks week months month years year".split())
# All the words a gap question may hold besides its ask and pointer.
_GAP_FILLER = (
    frozenset(
        """so and ok okay is are was were there between apart of the in difference gap time away from each
    other it that one come out premiere premieres release dates""".split()
    )
    | _UNIT_WORDS
)


def last_two_dated(conv: Conversation, kb: Knowledge) -> list[tuple[str, dt.date]] | None:
    """The names and dates of the last two different premieres answered (show and season), latest asked first;
    None when fewer than two were."""
    dated: dict[tuple[int, int | None], dt.date] = dict(dates_of_last_answer(conv, kb))
    for turn in reversed(conv.turns):
        show = kb.shows.get(turn.show_id) if turn.show_id is not None else None
        if turn.date is None or show is None:
            continue
        # "and his netflix show?" answered with season 3's date: that is the premiere meant.
        season = turn.season or next((r.season for r in show.releases if r.on == turn.date), None)
        dated.setdefault((show.id, season), turn.date)
    if len(dated) < 2:
        return None
    named = []
    for (show_id, season), day in list(dated.items())[:2]:
        title = kb.shows[show_id].title
        named.append((f"{title} season {season}" if season else title, day))
    return named


def dates_of_last_answer(conv: Conversation, kb: Knowledge) -> list[tuple[tuple[int, int | None], dt.date]]:
    """The premieres one answer gave together ("when is agatha out and when is hs s3 out"), each with the
    show (talked about, else the only one) that premieres that day; empty when the answer gave fewer than
    two or a day is not one show's."""
    days: list[dt.date] = []
    for turn in reversed(conv.turns):
        days = [dt.date.fromisoformat(v) for v in turn.items if _ISO_DAY.match(v)]
        if len(days) >= 2 or turn.date is not None:
            # the latest answer that gave dates ("how many days apart" after them gave none), when its
            # question named two shows: an answer adding the first premiere to the new season's compares
            # nothing
            days = days if sum(kind == "show" for kind, _s, _e in turn.slots) >= 2 else []
            break
    if len(days) < 2:
        return []
    talked = [s for s in map(kb.shows.get, conv.shows) if s is not None]
    found = []
    for day in days:
        held = [(s.id, r.season) for s in talked for r in s.releases if r.on == day]
        # A show of the answer the conversation kept no note of: the one show premiering that day.
        held = held or [(s.id, r.season) for s in kb.shows.values() for r in s.releases if r.on == day]
        if len(held) != 1:
            return []  # no show, or two, premiere that day: which is which is unsaid
        found.append((held[0], day))
    return found if len({show for (show, _season), _day in found}) == len(found) else []


def which_later(tokens: list[str], conv: Conversation, kb: Knowledge) -> Answer | None:
    """'which one's later?': of the last two premieres answered, the later."""
    if len(tokens) > 7 or not tokens or tokens[0] not in _WHICH or _LATER_WORDS.isdisjoint(tokens):
        return None
    pair = last_two_dated(conv, kb)
    if pair is None:
        return None
    early, late = sorted(pair, key=lambda named: named[1])
    return premiere_order(early, late, asked_first=False)


def gap_between_them(tokens: list[str], conv: Conversation, kb: Knowledge) -> Answer | None:
    """'how many days between them?', 'how far apart are they', 'by how many days': the days between the
    last two premieres answered (in the unit asked as well)."""
    ask = next((a for a in _GAP_ASKS if tuple(tokens[: len(a)]) == a), None)
    if ask is None or len(tokens) > 9:
        return None
    rest = tokens[len(ask) :]
    pointed = not _POINTERS.isdisjoint(rest) or (ask[0] == "by" and rest[:1] != [] and rest[0] in _UNIT_WORDS)
    if not pointed or not all(w in _POINTERS or w in _GAP_FILLER for w in rest):
        return None
    pair = last_two_dated(conv, kb)
    if pair is None:
        return None
    (early, early_day), (late, late_day) = sorted(pair, key=lambda named: named[1])
    gap = (late_day - early_day).days
    unit = asked_unit(tokens)
    longer = f" ({in_unit(early_day, late_day, unit)})" if unit is not None else ""
    text = (
        f"{gap} day{'s' if gap != 1 else ''}{longer} between {early} ({long_date(early_day)}) and {late} "
        f"({long_date(late_day)})."
    )
    return Answer(text=text, kind="answer", intent="countdown", confidence=1.0, answers=(str(gap),))


def premiere_order(early: tuple[str, dt.date], late: tuple[str, dt.date], asked_first: bool) -> Answer:
    """Which of two dated premieres comes first (or, `asked_first` False, later), with the days between."""
    (early_name, early_day), (late_name, late_day) = early, late
    if early_day == late_day:
        text = f"Neither: {early_name} and {late_name} both come out on {long_date(early_day)}."
        return Answer(text=text, kind="answer", intent="premiere", confidence=1.0, answers=(early_name,))
    gap = (late_day - early_day).days
    days = f"{gap} day{'s' if gap != 1 else ''}"
    early_said, late_said = f"{early_name} ({long_date(early_day)})", f"{late_name} ({long_date(late_day)})"
    if asked_first:
        text = f"{early_name} comes first: {long_date(early_day)}, {days} before {late_said}."
    else:
        text = f"{late_name} comes later: {long_date(late_day)}, {days} after {early_said}."
    picked = early_name if asked_first else late_name
    return Answer(text=text, kind="answer", intent="premiere", confidence=1.0, answers=(picked,))
