"""Slow patterns behind a fast cue: a sentence without the cue is never scanned with the slow pattern.

Patterns that open with a name ("({PERSON}|{CAPW}) ... plays ...") are tried at every position of every
sentence, and a name pattern is thousands of characters long. Each such pattern holds a short literal part
every match must contain ("plays", "played by", "(", "'s character"): searching for that first is far cheaper,
and most sentences have none of it. The cue must be a part of every match, so leaving the slow scan out
changes nothing (tests/ingest/test_speed_helpers.py checks the cues against the own-words articles).
`matches` does the same for patterns that can only start where another, cheaper pattern has found a start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.memo import per_article


class CuedPattern:
    """A compiled pattern with a cue that every one of its matches contains."""

    __slots__ = ("cue", "pattern")

    def __init__(self, pattern: str, cue: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self.cue = re.compile(cue, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What `re.Pattern.finditer` gives, without scanning text that lacks the cue."""
        return iter(_cued_matches(self, text))


# The people extractors read every sentence twice (before and after the article's shows are settled), and a
# pattern's matches depend on the text alone: one scan per sentence and pattern serves both readings.
@per_article
def _cued_matches(cued: CuedPattern, text: str) -> tuple[re.Match[str], ...]:
    return tuple(cued.pattern.finditer(text)) if cued.cue.search(text) else ()


# Every cued pattern, for the test that checks each cue against every match in the own-words articles.
CUED: list[CuedPattern] = []


def cued(pattern: str, cue: str, flags: int = 0) -> CuedPattern:
    """A `CuedPattern`, registered for that test."""
    made = CuedPattern(pattern, cue, flags)
    CUED.append(made)
    return made


def matches(
    pattern: re.Pattern[str], text: str, overlapping: bool, starts: list[int] | None = None
) -> list[re.Match[str]]:
    """Every match; overlapping ones too when asked ("NBC's Marigold and Showtime's Deep Cover": the first
    match's title runs over the second network's possessive). `starts`, when given, are the only places a
    match can start (in order): the same matches, found by trying only there."""
    if not overlapping and starts is None:
        return list(pattern.finditer(text))
    found: list[re.Match[str]] = []
    position = 0
    while (match := _next_match(pattern, text, position, starts)) is not None:
        found.append(match)
        stop = match.start(1) if overlapping and match.lastindex and match.start(1) > match.start() else None
        position = stop if stop is not None else match.end()
    return found


def _next_match(
    pattern: re.Pattern[str], text: str, position: int, starts: list[int] | None
) -> re.Match[str] | None:
    """The first match at or after `position` (what `search` finds), trying only `starts` when given."""
    if starts is None:
        return pattern.search(text, position)
    return next((m for s in starts if s >= position and (m := pattern.match(text, s))), None)
