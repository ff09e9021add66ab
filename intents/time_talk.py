"""Talk of time standing in a title's place: a span measured ("days till", "how many weeks until"), an amount
counted ("fifteen years"), or a time pointed at ("before that", "after this one", "back then"). None is a
title, so none may come back as "I don't have facts about Before That"."""

from __future__ import annotations

from intents.title_words import POINTING_WORDS

# Units of time, and the words that measure a span of them against a date.
TIME_UNITS = frozenset("day days week weeks month months year years hour hours minute minutes".split())
TIME_RELATIONS = frozenset("till til until before after since to left between from away".split())
# Words that ask how much, how long or how often.
COUNTING = frozenset("many much long often".split())
# The words a span measuring time is made of.
_MEASURING = TIME_UNITS | TIME_RELATIONS | COUNTING | {"how", "the", "a", "few", "of"}

# Number words an amount of time is counted in ("about fifteen years", "a couple of months").
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred couple few
    several""".split()
)
_PLURAL_UNITS = frozenset("days weeks months years hours minutes".split())

# Words that place something in time against what was just said: "before that", "after this one".
_TIME_POINTERS = frozenset("before after since prior until till".split())
# Words that point at a time without a thing named: "back then", "since then", "before now".
_POINTED_TIMES = frozenset("then now".split())


def amount_of_time(words: list[str]) -> bool:
    """'thirty years', 'fifteen years and ...', '20 minutes': a number, then a unit of time (the fan's own
    story: "i've been a critic for about fifteen years"), never a title."""
    # Plural units only: "one day" is a title as often as an amount.
    return len(words) > 1 and (words[0] in _NUMBER_WORDS or words[0].isdigit()) and words[1] in _PLURAL_UNITS


def measures_time(words: list[str]) -> bool:
    """'years', 'days till', 'how many weeks until': units of time and the words measuring them."""
    return any(w in TIME_UNITS for w in words) and all(w in _MEASURING or w.isdigit() for w in words)


def points_at_a_time(words: list[str]) -> bool:
    """'before that', 'after this one', 'prior to that', 'back then': a time placed against what was just
    said, in pointing words only ("After Life" and "Before Sunrise" keep a word of their own)."""
    if len(words) < 2 or words[0] not in _TIME_POINTERS | {"back"}:
        return False
    rest = words[2:] if words[:2] == ["prior", "to"] else words[1:]
    return bool(rest) and all(w in POINTING_WORDS or w in _POINTED_TIMES or w == "one" for w in rest)
