"""'is that before or after the last of us season 2?': the date the last answer gave, put beside another
premiere. The reply says before or after first, then both dates."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation
from intents.text import title_case
from intents.timefmt import long_date
from intents.understand.memory import answer_date

Ask = Callable[[str], Awaitable[Answer]]
_ORDER_WORDS = ("before", "after", "earlier", "later", "sooner")
# Words that point at a time rather than name something else's premiere ("before then", "after today").
_NOT_A_SUBJECT = frozenset("that then it this today now tomorrow yesterday".split())
_FILLER = frozenset("come comes out released premiere premieres drops drop".split())
# All a question may hold before its order word: "so is that before ...", "does it come out before ...".
_LEADING = frozenset(
    "so and ok okay is was does did will it that this come comes out or before after".split()
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


def _name(target: list[str], other: Answer, kb: Knowledge) -> str:
    show = kb.shows.get(other.show_id) if other.show_id is not None else None
    if show is None:
        return title_case(target)
    season = next((target[i + 1] for i, w in enumerate(target[:-1]) if w == "season"), None)
    season = season or next((w[1:] for w in target if w[:1] == "s" and w[1:].isdigit()), None)
    return f"{show.title} season {season}" if season else show.title


async def date_order(tokens: list[str], conv: Conversation, ask: Ask, kb: Knowledge) -> Answer | None:
    """Before or after: the last answer's date against the premiere the question names."""
    last = conv.last
    if last is None or last.date is None:
        return None
    target = order_target(tokens)
    if not target:
        return None
    other = await ask(" ".join(["when", "does", *target, "come", "out"]))
    day = answer_date(other)
    if day is None or other.kind != "answer":
        return other if other.kind == "unknown" else None
    name = _name(target, other, kb)
    if day == last.date:
        head = f"Same day: {long_date(last.date)}, the day {name} comes out too."
    else:
        word = "Before" if last.date < day else "After"
        gap = abs((day - last.date).days)
        head = (
            f"{word}: {long_date(last.date)} is {gap} day{'s' if gap != 1 else ''} {word.lower()} "
            f"{name} ({long_date(day)})."
        )
    return Answer(text=head, kind="answer", intent="countdown", confidence=1.0, answers=(day.isoformat(),))
