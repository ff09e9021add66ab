"""The season an actor credit is stated for: "Harrow Lane season 3 will star A and B", "A will join the second
season of Harrow Lane", "A has been cast in Harrow Lane's third season". A cast changes between seasons
(an anthology's most of all), so a fan asking who led the first season must not be told the second season's
stars. Only a sentence naming exactly one season, of the credit's own show, gives it; a sentence naming two
("A, who led the first season, returns for the second") or none leaves the credit without a season."""

from __future__ import annotations

import re

from ingest.model import ExtractedFact, FactKind
from ingest.season_refs import parse_season_number

_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# Any season a sentence names: "season 3", "Season Three", "the second season", "its third season".
_ANY_SEASON = re.compile(
    rf"\b(?:[Ss]eason|[Ss]eries)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    rf"|\b(?i:{_ORDINAL}|\d+(?:st|nd|rd|th))\s+(?:and\s+final\s+)?(?i:season|series)\b"
    r"|\b(?i:seasons)\b"
)


def _seasons_named(text: str) -> set[int | None]:
    """The season numbers a sentence names (None for a plural "seasons", which names no one season)."""
    found: set[int | None] = set()
    for match in _ANY_SEASON.finditer(text):
        words = match.group().lower()
        if words == "seasons":
            found.add(None)
            continue
        number = re.search(rf"\d+|{_ORDINAL}|one|two|three|four|five|six|seven|eight|nine|ten", words)
        found.add(parse_season_number(number.group()) if number else None)
    return found


# "The first season starred A", "its second season will star B": a season owned by a word pointing at the
# show the sentence is about.
_POINTED_SEASON = re.compile(
    rf"\b(?i:the|its|the show['’]s|the series['’])\s+(?:(?i:{_ORDINAL})\s+(?:and\s+final\s+)?season"
    r"|season\s+\d+)\b"
)


# The sentence must tell the casting itself ("will star", "joins", "plays", "starred"): a season named in
# passing ("a photo of Harrow Lane Season 3 showing stars A and B") says nothing of the cast's seasons.
_CASTING = re.compile(
    r"\b(?i:star|co-star|starred|starring|cast|join|joins|joined|joining|play|plays|played|playing|led|lead"
    r"|leads|headline|headlines|headlined|return|returns|returned|returning|reprise|reprises|reprised"
    r"|reprising|portray|portrays|portrayed)\b"
    r"|\b(?:[Ss]eason|[Ss]eries)\s+(?:\d+|[A-Za-z]+)\s+(?i:stars)\b"
)


# A season a show is renewed, ordered or cancelled for names its future or its end, not who is in it ("X,
# starring A, has been renewed for a third season": A's return is not yet told).
_SEASON_DECIDED = re.compile(
    r"\b(?:renew\w*|order\w*|picked up|pick(?:s|ing)? up|greenl\w+|green-l\w+|cancel\w*|axe[sd]?|revive\w*"
    r"|end(?:s|ed|ing)? (?:with|after)|final)\b",
    re.IGNORECASE,
)


def _of_show(text: str, show: str) -> bool:
    """Does the sentence tie its one season to the credit's show, by naming the show or pointing at it?"""
    return show in text or bool(_POINTED_SEASON.search(text))


def with_cast_seasons(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """Actor credits with the one season their sentence names for their show, when it names exactly one."""
    out: list[ExtractedFact] = []
    for item in facts:
        if item.kind != FactKind.CREDIT or item.get("role") != "actor" or item.get("seasons") is not None:
            out.append(item)
            continue
        named = _seasons_named(item.sentence)
        show = str(item.get("show") or "")
        casting = _CASTING.search(item.sentence) and not _SEASON_DECIDED.search(item.sentence)
        if len(named) == 1 and None not in named and show and casting and _of_show(item.sentence, show):
            number = next(iter(named))
            item = ExtractedFact(
                item.kind, (*item.fields, ("seasons", str(number))), item.sentence, item.confidence
            )
        out.append(item)
    return out
