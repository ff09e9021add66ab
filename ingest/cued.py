"""Slow patterns behind a fast cue: a sentence without the cue is never scanned with the slow pattern.

Patterns that open with a name ("({PERSON}|{CAPW}) ... plays ...") are tried at every position of every
sentence, and a name pattern is thousands of characters long. Each such pattern holds a short literal part
every match must contain ("plays", "played by", "(", "'s character"): searching for that first is far cheaper,
and most sentences have none of it. The cue must be a part of every match, so leaving the slow scan out
changes nothing (tests/ingest/test_cued_patterns.py checks the cues against the own-words articles).
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class CuedPattern:
    """A compiled pattern with a cue that every one of its matches contains."""

    __slots__ = ("cue", "pattern")

    def __init__(self, pattern: str, cue: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self.cue = re.compile(cue, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What `re.Pattern.finditer` gives, without scanning text that lacks the cue."""
        return self.pattern.finditer(text) if self.cue.search(text) else iter(())


# Every cued pattern, for the test that checks each cue against every match in the own-words articles.
CUED: list[CuedPattern] = []


def cued(pattern: str, cue: str, flags: int = 0) -> CuedPattern:
    """A `CuedPattern`, registered for that test."""
    made = CuedPattern(pattern, cue, flags)
    CUED.append(made)
    return made
