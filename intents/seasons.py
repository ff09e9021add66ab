"""Find season references: 's3', 'season three', 'the third season', 'series 3', 'the new season'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from intents.text import NUMBER_WORDS as _NUMBER_WORDS

SEASON_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
}
_LATEST = {"new", "newest", "latest", "next", "upcoming", "current", "recent", "most recent", "final", "last"}

# --- Pieces of a season reference, shared by the readers that match one inside a longer shape ---

SEASON_TAG = r"s\d{1,2}"
"""Regex source: a season tag typed as one word, "s3", "s12" (find_season also reads "s 3")."""
SEASON_TAG_WORD = re.compile(SEASON_TAG)
"""One folded word that is a season tag ("s3"); use with fullmatch."""
SEASON_NOUN = r"(?:seasons?|series)"
"""Regex source: the nouns fans call a season by, "season", "seasons" and the British "series"."""
SPOKEN_SEASON_NUMBER = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
"""Regex source: a season's number in digits or words, "3", "three" (one to ten in words)."""
NUMBERED_SEASON = re.compile(r"\b(?:seasons?|s) ?(\d{1,2})\b")
"""A season named by its number in digits, "season 3", "seasons 2", "s3", "s 3"; group 1 is the number."""

_NUMBER = f"({SPOKEN_SEASON_NUMBER})"
_PATTERNS = [
    # "the first two seasons": a run of seasons from the first, read as its first season.
    re.compile(r"\b(first)\s+(?:two|three|four|2|3|4)\s+(?:seasons|series)\b"),
    re.compile(rf"\b{SEASON_NOUN}\s+{_NUMBER}\b"),
    re.compile(r"\bs\s?(\d{1,2})\b"),
    # "the very first season": "very" only stresses the place, and belongs to the reference.
    re.compile(r"\b(?:very\s+)?(" + "|".join(SEASON_ORDINALS) + r")\s+(?:season|series)\b"),
    re.compile(
        r"\b(?:the\s+)?(?:very\s+)?(" + "|".join(sorted(_LATEST, key=len, reverse=True)) + r")\s+season\b"
    ),
    # "who's doing the next batch", "the upcoming lot", "the new episodes": a season's episodes, as fans count
    # them ("episodes" only plural: "the next episode" is one episode).
    re.compile(
        r"\b(?:the\s+)?(" + "|".join(sorted(_LATEST, key=len, reverse=True)) + r")\s+(?:batch|lot|episodes)\b"
    ),
    # "who else is new this series?": the season airing now, as British fans say it too.
    re.compile(r"\b(this)\s+(?:season|series)\b"),
]
_THIS = "this"


# "the new heartstopper season", "the first heartstopper season": a title between the ordinal and "season".
# Only the ordinal is the season's span, so the title is still linked.
_NOT_A_TITLE = r"(?!(?:episode|episodes|of|the|a|an|in|on|to|and|or)\b)[a-z0-9]+"
_AROUND_A_TITLE = re.compile(
    r"\b(" + "|".join(sorted([*SEASON_ORDINALS, *_LATEST], key=len, reverse=True)) + rf")\s+{_NOT_A_TITLE}"
    rf"(?:\s+{_NOT_A_TITLE}){{0,2}}\s+(?:seasons?|series)\b"
    # "the new heartstopper episodes": the latest season's, a title between (an ordinal there is _EARLY's)
    r"|\b(" + "|".join(sorted(_LATEST, key=len, reverse=True)) + rf")\s+{_NOT_A_TITLE}"
    rf"(?:\s+{_NOT_A_TITLE}){{0,2}}\s+episodes\b"
)


# "the early heartstopper episodes", "the earlier seasons", "the og episodes": the show's first season (as
# "the first two seasons" is read), a title allowed between. "first" only before a plural: "the first episode"
# is an episode, not a season.
_EARLY = re.compile(
    rf"\b(?:(?:early|earlier|older|original|og)(?:\s+{_NOT_A_TITLE}){{0,2}}\s+(?:seasons?|episodes?|series)"
    rf"|first(?:\s+(?!(?:\d+|{'|'.join(_NUMBER_WORDS)})\b){_NOT_A_TITLE}){{0,2}}\s+(?:seasons|episodes))\b"
)


@dataclass(frozen=True, slots=True)
class SeasonRef:
    """A season reference found in a folded question and the token span it covered."""

    number: int | None
    latest: bool
    start: int
    end: int


# Every pattern above holds one of these: a question without any (most questions) needs no pattern tried.
_CUE = re.compile(r"season|series|\bs\s?\d|episodes|batch|\blot\b")
_DIGIT = re.compile(r"\d")


def find_season(tokens: list[str]) -> SeasonRef | None:
    """The first season reference in the folded tokens, if any."""
    text = " ".join(tokens)
    # Each cue but "s3" is a word tested as a substring first (a fast scan, where the pattern tries every
    # alternative at every character); "s3" needs a digit.
    worded = "season" in text or "series" in text or "episodes" in text or "batch" in text or "lot" in text
    if not (worded or _DIGIT.search(text) is not None) or _CUE.search(text) is None:
        return None
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        value = match.group(1)
        start = len(text[: match.start()].split())
        end = start + len(match.group(0).split())
        if value in _LATEST or value == _THIS:
            return SeasonRef(None, True, start, end)
        if value in SEASON_ORDINALS:
            return SeasonRef(SEASON_ORDINALS[value], False, start, end)
        number = _NUMBER_WORDS.get(value) or int(value)
        if 0 < number < 100:
            return SeasonRef(number, False, start, end)
    match = _AROUND_A_TITLE.search(text)
    if match is not None:
        start = len(text[: match.start()].split())
        value = match.group(1) or match.group(2)
        # "the first two heartstopper seasons": the count belongs to the season reference too.
        counted = text.split()[start + 1] in ("two", "three", "four", "2", "3", "4")
        return SeasonRef(SEASON_ORDINALS.get(value), value in _LATEST, start, start + (2 if counted else 1))
    match = _EARLY.search(text)
    if match is not None:
        start = len(text[: match.start()].split())
        # "the early episodes" whole; of "the early heartstopper episodes" the describing word alone, so the
        # title after it is linked
        whole = len(match.group(0).split()) == 2
        return SeasonRef(1, False, start, start + (2 if whole else 1))
    return None
