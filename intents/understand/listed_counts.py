"""Counting what the last answer listed: "how many is that", "how many of them are there", "how many shows
is that" right after an answer that named several people or shows are answered from that list, the way
"how long ago was that" is answered from the date the last answer gave."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation, Turn
from intents.query import join_names
from intents.text import fold

_LEADS = frozenset("and so ok okay but wait hmm".split())
# Words that point at the list just given: one of them is needed ("how many are there" may count anything).
_POINTERS = frozenset("that thats them those these they".split())
# Words that only point, count or fill: "how many of those are there in total".
_FILLERS = _POINTERS | frozenset("is are was were there of in total all altogether then listed named".split())
_PERSON_NOUNS = frozenset("people persons names actors actresses stars directors folks guys cast".split())
_SHOW_NOUNS = frozenset("shows series titles credits projects programmes programs".split())
# Questions whose answers already count their own lists when asked "how many": the award reader's.
_COUNTED_ELSEWHERE = frozenset({"awards"})
_SEVERAL = 2


def count_of_listed(tokens: list[str], conv: Conversation, kb: Knowledge) -> Answer | None:
    """'how many is that' (or 'of them', 'of those are there', 'how many people is that') right after an
    answer that listed several names or titles: how many it listed, and which; None for any other question,
    or when the last answer listed no such things (a date, scores, a show nobody knows)."""
    start = 0
    while start < len(tokens) and tokens[start] in _LEADS:
        start += 1
    if tokens[start : start + 2] != ["how", "many"]:
        return None
    rest = tokens[start + 2 :]
    nouns = [w for w in rest if w in _PERSON_NOUNS or w in _SHOW_NOUNS]
    if len(nouns) > 1 or _POINTERS.isdisjoint(rest) or any(w not in _FILLERS for w in rest if w not in nouns):
        return None
    last = conv.last
    if last is None or last.kind != "answer" or last.intent in _COUNTED_ELSEWHERE or not _names(last.items):
        return None
    people = len(last.answered) == len(last.items)
    if nouns and (nouns[0] in _PERSON_NOUNS) != people:
        return None  # "how many shows is that" after a list of people counts something else
    return Answer(
        text=_counted(last, kb, people), kind="answer", intent=last.intent, confidence=0.9,
        answers=(str(len(last.items)),),
    )  # fmt: skip


def _names(items: tuple[str, ...]) -> bool:
    """Whether the values are several names or titles, not numbers or dates ("98%", "2024-10-03")."""
    return len(items) >= _SEVERAL and all(any(c.isalpha() for c in item) for item in items)


def _counted(last: Turn, kb: Knowledge, people: bool) -> str:
    """'That's 4 people: A, B, C and D.'; a person's work led by the show talked about says it apart: 'That's
    5 shows in all: Heartstopper and 4 others (...)'."""
    items = list(last.items)
    # The known shows among them: a person's work is led by the show talked about, the rest credits elsewhere.
    show = kb.shows.get(last.listed[0]) if last.listed else None
    apart = show is not None and fold(items[0]) == fold(show.title) and len(last.listed) < len(items)
    if not people and apart and last.intent == "other_work" and len(items) > _SEVERAL:
        others = join_names(items[1:], limit=len(items))
        return f"That's {len(items)} shows in all: {items[0]} and {len(items) - 1} others ({others})."
    noun = " people" if people else " shows" if last.listed or last.intent == "other_work" else ""
    return f"That's {len(items)}{noun}: {join_names(items, limit=len(items))}."
