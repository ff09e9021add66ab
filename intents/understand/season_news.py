"""A season's news asked as what someone did ("did netflix confirm season 4", "did they renew it for s4 yet",
"have they announced a 5th season"): said again as "has season 4 been confirmed", which the renewal intent
answers; a date asked so ("did they confirm the premiere date") as "when is the premiere date", and a
question asked so ("has netflix announced when s3 drops") as that question. Read first: "did netflix ..."
otherwise reads as a check of the show's network ("Yes. You can watch Heartstopper on Netflix"), and an
unfamiliar verb form as an unknown title."""

from __future__ import annotations

import re

from intents.networks import NETWORK_WORDS
from intents.seasons import SEASON_TAG, SPOKEN_SEASON_NUMBER
from intents.text import fold

_ASKING = ("did", "has", "have", "so did", "so has", "so have", "wait did", "wait has", "and did", "and has")
_NEWS_VERBS = re.compile(
    r"\b(?:confirm|confirmed|announce|announced|renew|renewed|greenlight|greenlit|green lit|order|ordered|"
    r"pick up|picked up|commission|commissioned)\b"
)
# The season asked, as fans write it: "season 4", "s4", "a 4th season", "season four", "another season".
_SEASON = re.compile(
    rf"\b(?:seasons? {SPOKEN_SEASON_NUMBER}|{SEASON_TAG}|\d+(?:st|nd|rd|th) season|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|a new|a next|the next) "
    r"season)\b"
)
_DATE = re.compile(r"\b(?:date|premiere|release|air|drop)\b")
# Who did it, dropped from the question said again: the fan means the show's news, not who made it.
_WHO = NETWORK_WORDS | {"they", "the", "network", "streamer", "channel", "anyone", "it"}
# "is hs s4 happening", "is season 4 a thing": whether a season will be made at all.
_HAPPENING = re.compile(
    rf"is ((?:\w+ ){{0,4}}?(?:season \d+|{SEASON_TAG})) (?:happening|a thing|confirmed|coming)"
)
_HELPERS = frozenset("been be being get got gotten getting officially already finally just".split())
_FILLER = {"it", "for", "yet", "already", "officially", "a", "an"}


def season_news(text: str) -> str | None:
    """The question said as "has ... season N been confirmed", or None when it asks no season's news."""
    key = fold(text).rstrip("?! ")
    if (happening := _HAPPENING.fullmatch(key)) is not None:
        return f"has {happening[1]} been confirmed"  # "is hs s4 happening?"
    asking = next((a for a in _ASKING if key.startswith(f"{a} ")), None)
    verb = _NEWS_VERBS.search(key)
    if asking is None or verb is None:
        return None
    after = key[verb.end() :]
    asked = after.split()
    if asked[:1] in (["that"], ["if"], ["whether"]):
        return None  # "has anyone confirmed that X directs season 3": a claim, checked by its readers
    if asked and asked[0] in ("when", "where", "who", "what", "how"):
        return " ".join(asked)  # "has netflix announced when s3 drops": that is the question
    dated = _DATE.search(after) is not None  # "did they confirm the premiere date"
    season = _SEASON.search(after)
    if not dated and (season is None or after[season.end() :].split() not in ([], ["yet"])):
        return None  # no season, or more said after it ("season 3 for october": a date claim)
    # "has one day been renewed", "did it get picked up": the verb's own helpers are no part of who
    who = [w for w in key[len(asking) : verb.start()].split() if w not in _HELPERS]
    if len(who) > 4:
        return None  # a long clause before the verb asks something else
    show = [] if set(who) <= _WHO else who
    rest = asked
    while rest and rest[0] in _FILLER:
        rest = rest[1:]
    rest = [w for w in rest if w not in ("yet", "already", "officially")]
    if dated:
        return " ".join(["when is", *show, *rest])
    return " ".join(["has", *show, *rest, "been confirmed"])
