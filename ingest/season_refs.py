"""How an article numbers a show's seasons: "Season 3", "the third season", "its sophomore run", and the
words that point back at the show ("The sci-fi drama", "This series")."""

from __future__ import annotations

import re

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "sophomore": 2, "inaugural": 1,
}  # fmt: skip
SEASON_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def parse_season_number(word: str) -> int | None:
    """'3', 'three', 'third', 'sophomore' -> 3/3/3/2."""
    low = re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", word.lower())  # "11th"
    if low.isdigit():
        return int(low)
    return SEASON_WORDS.get(low) or ORDINALS.get(low)


SEASON_REF = re.compile(
    # ("the 10-episode S4 will premiere in 2018": a trade paper's short form, never "S1E3", an episode.)
    r"\b(?:(?:[Ss]eason|[Ss]eries)\s+|S(?=\d{1,2}\b))(?P<num>\d+|one|two|three|four|five|six|seven|eight)\b"
    r"|\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sophomore|inaugural)"
    r"(?:\s+and\s+(?P<ord2>final|last|second|third|fourth|fifth|sixth))?"
    r"(?:\s+(?:and\s+)?(?:final|last))?\s+(?:[\w-]+\s+)?(?:season|series|installment|outing|run)\b"
)
# "The sci-fi drama", "This series": a sentence's subject pointing back at the show it is about.
COREFERENT_SUBJECT = re.compile(
    r"(?:The|This|Its) (?:[\w'’+-]+ ){0,4}?"
    r"(?:series|show|drama|comedy|film|movie|thriller|miniseries|sitcom|romance|dramedy|procedural|anthology"
    r"|docuseries|mystery|satire|western|reboot|revival)\b"
)
