"""Titles that are a number ("1899", "2034", "'1977'"): found only where a year could never stand.

The capitalised-title contexts of title_patterns.py never see a number, and a year is the commonest number in
news ("In 1999, the network aired ...", "2024's summer hit", "set in 1899"). So a number is a title only in a
place a year cannot take: quoted alone, a network's possession, before "Season 2", after a genre word, or the
subject or object of what only a show does ("1899 had been cancelled", "renewed 2089 for", "starred in 1794,
which ...", "1851's return").
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.names import ANY_NETWORK
from ingest.sentences import Sentence
from ingest.title_patterns import GENRE, NOT_SHOW_QUOTE

# A four-digit number standing alone: not a price, a time, part of a date or of a longer number.
_DIGITS = r"((?:1[6-9]|2[0-2])\d\d)(?![\w%]|[.,:/-]\d)"
_NUM = rf"(?<![\w$£€.,:/'’-]){_DIGITS}"
# What may follow a title (and not a year used as a modifier, "2024 slate"): punctuation or a show's verb.
_VERB = (
    r"(?:has|have|had|is|was|were|will|won['’]t|stars|starred|follows|followed|premieres|premiered|debuts"
    r"|debuted|launches|launched|returns|returned|arrives|arrived|begins|began|drops|dropped|comes|came"
    r"|centers|centres|tells|ran|aired|airs|streams|hits)"
)
_AFTER = rf"(?=\s*[,.;:!?)”\"’']|\s*$|\s+{_VERB}\b)"
# The year of a date: after these a number is a time ("in 1899 launched" is no English).
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|till|through|during|of|early|late|mid|circa|year|around)\s+$", re.IGNORECASE
)
_SHOW_DID = (
    r"(?:(?:has|have|had|was|were|got)\s+(?:been\s+)?(?:officially\s+)?(?:cancell?ed|canceled|axed|renewed"
    r"|picked up)|premiered|premieres|will premiere|debuted|debuts|will debut|launched|will return"
    r"|returns (?:to|for|on)|stars [A-Z]|follows|is set in|was created|is based|ran for|is streaming)\b"
)
_CONTEXTS = (
    # '1977', “1899,”: a number quoted alone.
    re.compile(rf"(?<![\w'’])[“\"‘']{_DIGITS}[,.!?]?[”\"’'](?!\w)"),
    # "Netflix's 2034", "HBO's new drama 1917".
    re.compile(rf"(?:{ANY_NETWORK})['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{GENRE}\s+)?{_NUM}{_AFTER}"),
    # "1902 Season 3", "1899 season two".
    re.compile(
        rf"(?:^|(?<=[\s(])){_NUM}\s+(?:Season|season|Series)\s+(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)\b"
    ),
    # "the whaling drama 1902 will return".
    re.compile(rf"\b{GENRE}\s+{_NUM}{_AFTER}"),
    # "1899 had been cancelled", "after 1899 launched", "2089 premiered in March".
    re.compile(rf"{_NUM}\s+{_SHOW_DID}"),
    # "renewed 2089 for a second season", "stars in 1919, a new ...", "starred in 1794, which ...".
    re.compile(
        rf"\b(?:renew(?:ed|s)|cancell?(?:ed|s)|axed|ordered|picked up|stars? in|starred in|co-stars? in"
        rf"|cast of|seasons? of|episodes? of|finale of|premiere of|creators? of|showrunner of)"
        rf"\s+{_NUM}(?=\s+(?:for|after|on)\b|,\s+(?:which|a|an|the)\b|\s+{_VERB}\b)"
    ),
    # "1851's return", "1794's run is over", "1899's second season" (not "2024's summer hit").
    re.compile(
        rf"{_NUM}['’]s\s+(?:(?:first|second|third|fourth|fifth|final|last|new|\d+(?:st|nd|rd|th))\s+season"
        rf"|run|return|renewal|cancellation|cast|premiere|finale|creators?|showrunner|stars?|writers?)\b"
    ),
)


def number_titles(sentences: list[Sentence]) -> Counter[str]:
    """Numbers the sentences use as a title, counted per unmistakable context."""
    found: Counter[str] = Counter()
    for sentence in sentences:
        text = sentence.text
        if not re.search(r"\d{4}", text):
            continue
        for place, pattern in enumerate(_CONTEXTS):
            for match in pattern.finditer(text):
                before = text[: match.start(1)]
                if place == 0 and NOT_SHOW_QUOTE.search(before):
                    continue  # "the episode '1984'": an episode's title
                if place == 4 and _YEAR_BEFORE.search(before):
                    continue  # "in 1999 premiered ...": a date
                found[match.group(1)] += 1
    return found
