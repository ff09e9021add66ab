"""The titles a status verb lists after or before it: "canceled 'The Passage' and comedy 'The Cool Kids'",
"Ramy and Dollface have been renewed"."""

from __future__ import annotations

import re

# Between two titles of one list: commas, quotes, "and", and a few describing words ("and comedy").
_LIST_GAP = re.compile(
    # (An item we do not know as a title may sit between: "renewed “9-1-1,” “The Resident” and ...".)
    r"(?:[\s,]*[“\"‘'][^”\"’'.]{1,40}[”\"’'])*"
    r"[\s,”“\"'‘’]*(?:(?:and|as well as|&|plus)\s+)?"
    r"(?:(?!(?:while|but|was|were|is|are|has|have|had|after|before|for|with|which|who|that|by|to|on|in|of"
    r"|its|his|her|their|also|will|would)\b)[a-z][\w-]*\s+){0,3}[“\"‘']?"
)
_BEFORE_VERB = re.compile(
    # ("Tin Harbor, set in a flooded London, has died": a describing clause may sit between.)
    r"[”\"’']?(?:,\s+(?:[a-z][\w'’-]*|an?|the)\b[^,()]{1,60}?)?,?\s+(?:(?:have|has|were|was|are|is|will|got)\s+)?(?:also\s+|both\s+)*(?:been\s+|be\s+)?$"
)

Span = tuple[int, int, str]


def listed_after(text: str, start: int, spans: list[Span]) -> list[str]:
    """The titles listed right after a verb: "canceled 'The Passage' and comedy 'The Cool Kids'"."""
    out: list[str] = []
    pos = start
    for begin, end, title in spans:
        if begin < pos:
            continue
        if not _LIST_GAP.fullmatch(text[pos:begin]):
            break
        out.append(title)
        pos = end
    return out


def listed_before(text: str, verb: int, spans: list[Span]) -> list[str]:
    """The titles that are the verb's subject: "Ramy and Dollface have been renewed"."""
    before = [s for s in spans if s[1] <= verb]
    if not before or not _BEFORE_VERB.fullmatch(text[before[-1][1] : verb]):
        return []
    out = [before[-1][2]]
    for (_b, end, title), (begin, _e, _t) in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
        if not re.fullmatch(r"[\s,”“\"'‘’]*(?:and\s+|&\s+)?[“\"‘']?", text[end:begin]):
            break
        out.append(title)
    return out[::-1]
