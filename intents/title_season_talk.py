"""Everyday words in a title's slot that speak of seasons or measure between things, never a title: what is
said of a season ("has s3 started streaming"), a measure between two things ("the gap in days between"), how
far a count reaches ("total across s1")."""

from __future__ import annotations

from intents.ordinary_words import everyday, ordinary
from intents.title_question import Question

_SHOWING_WORDS = frozenset({"streaming", "airing", "showing", "out"})  # "has s3 started streaming"


def said_of_season(q: Question, start: int, end: int) -> bool:
    """Everyday words right after a season, a verb first ("begun", "started streaming"): said of it."""
    while start > 0 and not q.in_season(start - 1) and everyday(q.tokens[start - 1]):
        start -= 1  # "started" before "streaming"
    words = q.tokens[start:end]
    return (
        start > 0
        and q.in_season(start - 1)
        and everyday(words[0])
        and all(everyday(w) or w in _SHOWING_WORDS for w in words)
    )


def measured_between(words: list[str], after: list[str]) -> bool:
    """Everyday words running into "between" ("the gap in days between", "the difference between")."""
    return ("between" in words or after == ["between"]) and ordinary(words, frozenset({"between"}))


# Prepositions a count or a credit reaches over seasons by: no title ends with one before its season.
_OVER_SEASONS = frozenset("across over during throughout through in for from between".split())
_SEASON_WORDS = frozenset({"season", "seasons", "series"})


def spans_seasons(words: list[str], after: list[str]) -> bool:
    """Everyday words ending in a preposition before a season ("total across s1", "in all of season 2")."""
    season = bool(after) and (after[0] in _SEASON_WORDS or (after[0][:1] == "s" and after[0][1:].isdigit()))
    return season and words[-1] in _OVER_SEASONS and ordinary(words, _OVER_SEASONS)
