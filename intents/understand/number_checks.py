"""The last answer's number set against a number the fan names: "is that over 95" after a score, "is that
more than ten" after an episode count, "is it at least 3" after a count of nominations. Answered from the
value the last answer gave, the way "how long ago was that" is answered from its date, so the compared
number is never read as a title ("Than Ten") or the question as a comparison of two scores."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable

from intents.answer import Answer
from intents.dialogue import Conversation

_LEADS = frozenset("and so ok okay but wait hmm well oh".split())
_ASKS = frozenset({"is", "was", "isnt", "wasnt"})
_POINTERS = frozenset({"that", "it", "this"})
Compare = Callable[[float, float], bool]
# The comparison words, longest first, and whether the value must be above (gt), at least (ge), ...
_COMPARISONS: tuple[tuple[tuple[str, ...], Compare], ...] = (
    (("at", "least"), operator.ge),
    (("at", "most"), operator.le),
    (("no", "more", "than"), operator.le),
    (("no", "less", "than"), operator.ge),
    *(((w, t), operator.gt) for w in "more higher greater bigger larger".split() for t in ("than", "then")),
    *(((w, t), operator.lt) for w in "less lower fewer smaller".split() for t in ("than", "then")),
    (("over",), operator.gt),
    (("above",), operator.gt),
    (("beyond",), operator.gt),
    (("under",), operator.lt),
    (("below",), operator.lt),
)
# What may follow the number: its unit, the thing counted, a tag asking for agreement.
_TAIL = frozenset(
    """percent pct % points episodes eps episode nominations noms nods awards seasons people shows right then
    still though tho or not yet""".split()
)
_UNITS = {
    n: i for i, n in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
_UNITS |= {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18}
_UNITS |= {"nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TENS |= {"ninety": 90, "hundred": 100}
_VALUE = re.compile(r"(\d+(?:\.\d+)?)%?")  # "98%", "16", "7.5": a count or a score, never a date


def number_checked(tokens: list[str], conv: Conversation) -> Answer | None:
    """'is that over 95' right after an answer that gave a number: yes or no, with the two numbers; None for
    any other question, or when the last answer gave no number (a date, names, a show nobody knows)."""
    start = 0
    while start < len(tokens) and tokens[start] in _LEADS:
        start += 1
    if tokens[start : start + 1] == [] or tokens[start] not in _ASKS:
        return None
    at = start + 1 + (tokens[start + 1 : start + 2] != [] and tokens[start + 1] in _POINTERS)
    if at == start + 1:
        return None
    found = next(((w, c) for w, c in _COMPARISONS if tuple(tokens[at : at + len(w)]) == w), None)
    if found is None:
        return None
    words, compare = found
    asked = _number(tokens[at + len(words) :])
    if asked is None:
        return None
    number, used = asked
    if any(t not in _TAIL for t in tokens[at + len(words) + used :]):
        return None  # "is that more than the audience score": another value, read elsewhere
    value = _last_value(conv)
    if value is None:
        return None
    shown, held = value
    yes = compare(held, number)
    said = " ".join(tokens[at + len(words) : at + len(words) + used])
    text = f"{'Yes' if yes else 'No'}. {shown} is {'' if yes else 'not '}{' '.join(words)} {said}."
    last = conv.last
    return Answer(
        text=text,
        kind="answer",
        intent=last.intent if last is not None else None,
        confidence=0.9,
        answers=("Yes" if yes else "No", shown),
        show_id=last.show_id if last is not None else None,
    )


def _number(words: list[str]) -> tuple[float, int] | None:
    """The number the words start with and how many words it took ("95", "ten", "ninety five", "95%")."""
    if not words:
        return None
    if (digits := _VALUE.fullmatch(words[0])) is not None:
        return float(digits.group(1)), 1
    if words[0] in _TENS:
        unit = _UNITS.get(words[1], 0) if len(words) > 1 and 0 < _UNITS.get(words[1], 0) < 10 else 0
        return float(_TENS[words[0]] + unit), 1 + (unit > 0)
    if words[0] in _UNITS:
        return float(_UNITS[words[0]]), 1
    return None


def _last_value(conv: Conversation) -> tuple[str, float] | None:
    """The first number the last answer gave, as shown and as a number; None when it gave none, or when the
    conversation is about a show nobody knows."""
    last = conv.last
    if last is None or last.kind != "answer" or conv.unknown is not None:
        return None
    for item in last.items:
        if (value := _VALUE.fullmatch(item)) is not None:
            return item, float(value.group(1))
    return None
