"""Releases whose day opens the sentence, before the show: "Fresh series start on March 9th with the dating
series Glass Cove", "Then, on May 20th, the second season of Glass Cove will hit Netflix", "Also set to
debut on June 2nd is Glass Cove". Line-up articles walk through the calendar this way, the date first
and the title after it.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import ANY_NETWORK, find_networks, network_names
from ingest.release_shapes import forward_day
from ingest.season_refs import parse_season_number
from ingest.sentences import Sentence
from ingest.title_patterns import GENRE

# "(Fresh series) start on March 9th with (the dating show) X": the line-up opens with X that day.
_OPENS_WITH = re.compile(
    r"\b(?:begins?|kicks? off|starts?|opens?)\s+on\s+(?P<date>[^,;]{3,30}?)\s+with\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?(?:{GENRE}\s+)?[“\"‘']?$"
)
# "(Then,) on May 20th, the second season of X will hit Netflix": the day, then the show's arrival.
_ON_DAY = re.compile(r"^(?:(?:Next|Then|Finally|Later|Also),?\s+)?[Oo]n\s+(?P<date>[^,;]{3,30}?),\s+")
_SEASON_OF = re.compile(
    r"^the\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+season\s+of\s+"
    r"(?:[\w'’-]+,?\s+){0,6}?[“\"‘']?"
)
# "Also due to debut on June 2nd is X", "Returning May 5 are X and Y": the verb and day put first.
_FRONTED_VERB = re.compile(
    r"^(?:Also\s+)?(?:(?:set|scheduled|slated)\s+to\s+(?:premiere|debut|return|arrive|launch)|premiering|debuting"
    r"|returning|arriving|launching)\s+(?:on\s+)?(?P<date>[^,;]{3,30}?)\s+(?:is|are)\s+(?:the\s+)?"
    r"(?:(?:new|returning)\s+)?[“\"‘']?$"
)
# "On March 8, Hulu will debut X": the day, then a network bringing the show out.
_NETWORK_BRINGS = re.compile(
    rf"^(?P<net>{ANY_NETWORK})\s+(?:will\s+|is\s+set\s+to\s+|plans\s+to\s+)?"
    r"(?:debut|premiere|launch|release|drop|air|stream|bring\s+back)\s+"
    rf"(?:(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{GENRE}\s+)?)?[“\"‘']?$"
)
_ARRIVES = re.compile(
    r"^[”\"’']?\s+(?:will\s+)?(?:hits?|premieres?|debuts?|returns?|arrives?|lands?)\b(?:\s+on)?\s*"
)


def dated_openers(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """A release told date first: the known show the line-up opens with, or the one arriving that day."""
    text = sentence.text
    if not sentence.states:
        return []
    out: list[ExtractedFact] = []
    for start, end, title in ctx.titles_in(text):
        if title not in ctx.shows:
            continue
        opens = _OPENS_WITH.search(text[:start]) or _FRONTED_VERB.match(text[:start])
        if opens and (day := _day(opens.group("date"), ctx)):
            out.append(fact(FactKind.RELEASE, text, 0.7, show=title, date=day))
            continue
        on_day = _ON_DAY.match(text)
        if not on_day or start < on_day.end():
            continue
        between = text[on_day.end() : start]
        brought = _NETWORK_BRINGS.match(between)
        if brought and (day := _day(on_day.group("date"), ctx)):
            network = network_names(brought.group("net"))
            out.append(fact(FactKind.RELEASE, text, 0.7, show=title, date=day, network=network[0]))
            continue
        season = _SEASON_OF.fullmatch(between)
        arrives = _ARRIVES.match(text[end:])
        if (between and not season) or not arrives or not (day := _day(on_day.group("date"), ctx)):
            continue
        networks = find_networks(text[end : end + arrives.end() + 30])
        number = parse_season_number(season.group("ord")) if season else None
        out.append(fact(FactKind.RELEASE, text, 0.7, show=title, season=number, date=day,
                        network=networks[0][2] if networks else None))  # fmt: skip
    return out


def _day(words: str, ctx: Context) -> str | None:
    """The day `words` are, when they are one exact date and nothing else."""
    dates = find_dates(words, ctx.published)
    if len(dates) != 1 or dates[0].day is None or dates[0].relative:
        return None
    if re.sub(r"\b(?:st|nd|rd|th)\b", "", words[dates[0].end :]).strip():
        return None
    return forward_day(dates[0], dates[0].day, words, "", ctx.published).isoformat()
