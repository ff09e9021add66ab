"""A comparison's word in the plain form the comparison readers know.

Fans compare in many more words than the readers list: "which premiere is nearer", "is hs3 farther off than
agatha", "whose score is greater", "which is younger", "does it come out ahead of agatha". Every reader of a
comparison (which is first, by how much, is X before Y) keys on a few plain words ("sooner", "later",
"higher", "newer", "first", "before"), so the other words are put in those terms once, before any reader
runs, instead of each reader learning every synonym. "differ", "diff" and "minus" ask for the "difference".

A word is read so only when the question compares: "than" follows it, or two sides are named ("X or Y",
"X vs Y", "between X and Y"). "a closer look", "closer to the books", "the earliest i can watch it" and
"any further news" stay as they are, and so does a word inside a known name ("Closer").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intents.understand.holidays import holiday

# One comparative word -> the plain one the readers know.
_PLAIN: dict[str, str] = {
    "nearer": "sooner",  # a premiere ahead: the nearer one comes first
    "closer": "sooner",
    "farther": "later",
    "further": "later",
    "greater": "higher",  # a score
    "younger": "newer",  # a show
    "earliest": "first",
    "soonest": "first",
    "nearest": "first",
    "closest": "first",
    "furthest": "last",
    "farthest": "last",
}
# Words that ask for the difference itself ("how much do the two scores differ", "critics minus audience"):
# the readers know "difference"; these compare by themselves, wherever they stand.
_DIFFERENCE = frozenset({"differ", "differs", "differed", "diff", "minus"})
# Two words that say "before": "does agatha premiere ahead of hs3", "prior to the heartstopper premiere".
_BEFORE = (("ahead", "of"), ("prior", "to"))
# Words after a distance word that add nothing once it is "later": "further off", "farther away".
_DISTANCE = frozenset({"off", "away", "out"})
# Words that name two sides to compare.
_SIDES = frozenset({"or", "vs", "versus", "between"})
# Words of closeness: measured against a day the question names ("it's sept 10, which premiere is closer",
# "closer to halloween"), they are read by the closeness reader; with none, the day is today: the sooner.
_CLOSENESS = frozenset({"nearer", "closer", "nearest", "closest"})
_TODAY = frozenset({"today", "now"})
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
_DATE = re.compile(rf"\b{_MONTH}[a-z]* \d|\b\d+(?:st|nd|rd|th)? (?:of )?{_MONTH}")  # "sept 10", "10th of oct"
_HOLIDAY_WORDS = 3  # words a holiday's name may have ("new years eve")
# Words after a comparative that give it another sense: "a closer look at", "closer to the books".
_OTHER_SENSE = frozenset({"look", "to", "at", "with", "in", "into", "news", "details", "info", "information"})


def _compares(words: list[str], at: int) -> bool:
    """Whether the word at `at` compares: "than" follows it (after a distance word), or two sides are named
    and the next word gives it no other sense."""
    after = words[at + 1 : at + 3]
    if after[:1] == ["than"] or (after[:1] and after[0] in _DISTANCE and after[1:2] == ["than"]):
        return True
    return not _SIDES.isdisjoint(words) and (not after or after[0] not in _OTHER_SENSE)


def _names_a_day(words: list[str]) -> bool:
    """Whether the question names a day to be near (a date, a holiday, today)."""
    if not _TODAY.isdisjoint(words) or _DATE.search(" ".join(words)):
        return True
    spans = (words[at : at + size] for at in range(len(words)) for size in range(1, _HOLIDAY_WORDS + 1))
    return any(holiday(span, 2000) is not None for span in spans)


# Every word a comparison below opens with: one set test passes most questions by.
_COMPARING = frozenset([*_PLAIN, *_DIFFERENCE, "ahead", "prior"])


def plain_comparatives(words: list[str], is_name: Callable[[str], bool] | None = None) -> list[str]:
    """Folded words with a comparison's words put plainly ("nearer" -> "sooner", "ahead of" -> "before");
    other words as they are."""
    if _COMPARING.isdisjoint(words):
        return words  # most questions
    out: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        if is_name is not None and is_name(word):
            out.append(word)  # "Closer": a title
        elif word in _DIFFERENCE:
            out.append("difference")
        elif tuple(words[at : at + 2]) in _BEFORE:
            out.append("before")
            at += 2
            continue
        elif word in _PLAIN and _compares(words, at) and not (word in _CLOSENESS and _names_a_day(words)):
            out.append(_PLAIN[word])
            if _PLAIN[word] in ("later", "last") and words[at + 1 : at + 2] and words[at + 1] in _DISTANCE:
                at += 1  # "further off" is "later"
        else:
            out.append(word)
        at += 1
    return out
