"""A day asked for ("what day does it drop?", "which date is heartstopper out"): the date exactly, as "when"
asks it."""

from __future__ import annotations

_DAY_WORDS = frozenset({"day", "date", "days"})
_OPENERS = frozenset("what which whats".split())
_LEADS = frozenset("and ok okay so but then also".split())  # openers kept in front


def as_when(tokens: list[str]) -> list[str]:
    """The tokens with a leading "what day"/"which date" read as "when" ("whats the date" as "when is"), and a
    subject followed by "what day" as "when is" it."""
    if _DAY_WORDS.isdisjoint(tokens):
        return tokens  # every reading below turns on a day word
    at = 0
    while at < len(tokens) and tokens[at] in _LEADS:
        at += 1
    rest = tokens[at:]
    released = {"come", "comes", "out", "drop", "drops", "premiere", "premieres", "release", "air"}
    if rest[1:5] == ["day", "of", "the", "week"] and released & set(rest[5:]):
        rest = [rest[0], "day", *rest[5:]]  # "what day of the week does it drop" asks when, weekday and all
        tokens = [*tokens[:at], *rest]
    if len(rest) > 3 and rest[0] in ("on", "at", "by") and rest[1] in _OPENERS and rest[2] in _DAY_WORDS:
        rest = rest[1:]  # "on which date does it come out" asks when, as "which date" does
        tokens = [*tokens[:at], *rest]
    if len(rest) > 2 and rest[-2] in _OPENERS and rest[-1] in _DAY_WORDS:
        return [*tokens[:at], "when", "is", *rest[:-2]]  # "heartstopper s3, what day?"
    if len(rest) < 3 or rest[0] not in _OPENERS:
        return tokens
    if rest[0] == "whats" and rest[1] == "the" and rest[2] in _DAY_WORDS:
        return [*tokens[:at], "when", "is", *rest[3:]]  # "what's the date for season 3"
    if rest[1] in _DAY_WORDS:
        return [*tokens[:at], "when", *rest[2:]]
    return tokens


def when_to_the_day(tokens: list[str]) -> list[str]:
    """as_when, with "exactly" after the "when" that stands for "what day" or "which date" ("what day did it
    come out" asks for the day: a year alone won't do)."""
    read = as_when(tokens)
    if read == tokens or not {"day", "date"} & set(tokens) or "when" not in read:
        return read
    at = read.index("when") + 1
    return [*read[:at], "exactly", *read[at:]]
