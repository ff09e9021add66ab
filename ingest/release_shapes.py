"""Release sentences whose date is not after a verb with the show before it: a date used as a noun's
modifier ("the Oct. 6 release", "an Aug. 28 theatrical launch for 'X'") and a release phrase put before the
show ("Coming to theaters Dec. 1, 'X' stars ..."). Also how a year-less date's year follows the verb's tense.
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.context import Context
from ingest.dates import DateMention, find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import find_networks
from ingest.season_refs import SEASON_REF, parse_season_number
from ingest.sentences import Sentence
from ingest.title_patterns import GENRE

# A release told in the past: its year-less date is the one before the article, not the one after.
PAST_VERB = re.compile(
    r"\b(?:premiered|debuted|returned|aired|launched|arrived|dropped|bowed|landed|began|opened|streamed"
    r"|(?:was|were|had been) (?:\w+ )?(?:released|made available)"
    # ("X, which released on Netflix back on February 21": released as an active past, never "be released".)
    r"|(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bto )(?<!\bget )(?<!\bgets )released)\b",
    re.IGNORECASE,
)
_HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# "the Oct. 6 release", "an Oct. 27 release date", "the series' January 2014 premiere", "a Friday, Oct. 10
# global premiere": a date describing the release itself.
_DATED_NOUN = re.compile(
    r"\s*(?:theatrical |global |series |season |streaming |world |wide |U\.S\. )?"
    r"(?:release|premiere|debut|launch|bow|opening)(?: date)?\b(?! (?:of|for)\b)"
)
_BEFORE_NOUN = re.compile(
    r"(?:\b(?:the|an?|its|their)|['’]s?|\bseason \d+['’]s|\bseries['’]|\bshow['’]s)\s+(?:\w+,\s+)?$",
    re.IGNORECASE,
)
# "Opening in a few theaters May 3rd ahead of a wider run, Paper Moths also stars".
_FRONTED = re.compile(
    r"^(?:(?:Coming|Heading|Arriving|Premiering|Debuting|Returning|Launching|Opening|Landing"
    # "Set for release in theaters on November 15th, the film ...", "Slated for an early 2017 debut on
    # Showtime, the ... revival" ("Set in 1920s Paris" is where it happens, never when).
    r"|Set (?:for|to)|Slated|Scheduled|Due (?:in|on|out|for))\b[^,;]{0,80},\s*)"
)

# What may stand between a fronted release's comma and the title: "the film Iron Legion", "the thriller ".
_LEADS_TO_TITLE = re.compile(
    rf"(?:(?:the|this|its) (?:[\w-]+ ){{0,2}}?(?:{GENRE} )?)?[“\"‘']?$|.{{0,4}}$", re.IGNORECASE
)


def forward_day(
    mention: DateMention, day: dt.date, text: str, verb: str, published: dt.date | None
) -> dt.date:
    """The day a release date means: a date given without a year is read ahead of the article when the
    release is announced ("will premiere December 25" in May is this December), before it when the release
    is told as past ("premiered on December 26" in January is last December); the nearest reading otherwise.
    """
    if published is None or mention.relative or _HAS_YEAR.search(text[mention.start : mention.end]):
        return day
    past = bool(PAST_VERB.search(verb))
    for shift in (-1, 1):
        try:
            other = day.replace(year=day.year + shift)
        except ValueError:
            continue
        if not past and day < published - dt.timedelta(days=7) and other > day:
            return other
        if past and day > published + dt.timedelta(days=7) and other < day:
            return other
    return day


def _network(text: str) -> str | None:
    names = [n for _s, _e, n in find_networks(text)]
    return names[0] if names else None


def _season(text: str) -> int | None:
    refs = list(SEASON_REF.finditer(text))
    if not refs:
        return None
    return parse_season_number(refs[-1].group("num") or refs[-1].group("ord"))


def dated_noun_releases(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """A date that describes the release noun after it: the sentence's show (or the one the noun names
    with "for 'X'") gets that date."""
    text = sentence.text
    if not sentence.states:
        return []
    out: list[ExtractedFact] = []
    for mention in find_dates(text, ctx.published):
        noun = _DATED_NOUN.match(text[mention.end :])
        if (
            mention.relative
            or not noun
            or not _BEFORE_NOUN.search(text[max(0, mention.start - 30) : mention.start])
        ):
            continue
        if mention.day is None and mention.year is None:
            continue
        before = text[: mention.start]
        named = [t for t in ctx.titles_in(before) if t[2] in ctx.shows]
        show = named[-1][2] if len(named) == 1 or (named and before.rstrip().endswith(("'s", "’s"))) else None
        if show is None and named:
            continue  # several shows before the date: which one it describes is unclear
        if mention.day is None and not named:
            continue  # "writing a film for a July 2027 release": a month or year needs its title named
        show = show or ctx.show_for(sentence, before)
        if show is None or not (
            named or ctx.mentions_show(before) or show == ctx.topics.get(sentence.paragraph)
        ):
            continue
        # "renewed for a second season ahead of the series' January premiere": the series' own premiere is
        # not the season just named.
        season = None if re.search(r"\bseries['’]\s+$", before) else _season(before[-80:])
        network = _network(text)
        if mention.day is not None:
            day = forward_day(mention, mention.day, text, "", ctx.published)
            out.append(fact(FactKind.RELEASE, text, 0.75, show=show, season=season, date=day.isoformat(),
                            network=network))  # fmt: skip
        else:
            out.append(fact(FactKind.RELEASE, text, 0.5, show=show, season=season, year=mention.year,
                            network=network))  # fmt: skip
    return out


def fronted_releases(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """A release phrase opening the sentence, the show after its comma: "Opening in theaters May 3rd,
    Paper Moths stars ...", "Premiering Sunday, Feb. 8 on AMC, the drama follows ..."."""
    text = sentence.text
    fronted = _FRONTED.match(text)
    if sentence.heading or not fronted:
        return []
    dates = [m for m in find_dates(fronted.group(), ctx.published) if not m.relative]
    # ("an early 2017 debut": a year alone is no date mention; the noun after it says what it dates.)
    year = re.search(r"\b(?:19|20)\d\d(?= (?:debut|premiere|release|return|launch)\b)", fronted.group())
    if not dates and year:
        return _fronted_year(sentence, ctx, fronted.group(), int(year.group()))
    if len(dates) != 1:
        return []
    if dates[0].day is None:
        return _fronted_year(sentence, ctx, fronted.group(), dates[0].year)
    rest = text[fronted.end() :]
    named = ctx.titles_in(rest[:80])
    if named and named[0][2] in ctx.shows and _LEADS_TO_TITLE.match(rest[: named[0][0]]):
        show: str | None = named[0][2]
    elif re.match(
        r"(?:the|this) (?:[\w-]+ ){0,2}(?:series|show|drama|comedy|film|movie)\b", rest, re.IGNORECASE
    ):
        show = ctx.topics.get(sentence.paragraph, ctx.main)
    else:
        return []
    if show is None:
        return []
    day = forward_day(dates[0], dates[0].day, fronted.group(), "", ctx.published)
    theatrical = bool(re.search(r"(?i)theaters|theatres|cinemas", fronted.group()))
    network = None if theatrical else _network(fronted.group())
    season = _season(fronted.group())
    if season is None and show == ctx.main and ctx.published and day >= ctx.published:
        # "Premiering on May 12, this comedy continues ...": in an article about season 3, that is season 3.
        season = ctx.focus_season if (ctx.focus_season or 0) > 1 else None
    return [fact(FactKind.RELEASE, text, 0.75, show=show, season=season,
                 date=day.isoformat(), network=network)]  # fmt: skip


# "Moss Garden (April 2, Hulu)", "Low Sun (Starz, April 16)": a round-up entry's title with its day and
# network in brackets. Nothing else may share the brackets ("(April 2 finale)" is no premiere).
_ENTRY_BRACKET = re.compile(r"[”\"’']?\s*\(([^()]{3,40})\)")
_ENTRY_FILLER = re.compile(
    r"(?:\b(?:on|premieres?|returns?|debuts?|from|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?"
    r"|Saturdays?|Sundays?)\b|[\s,;.–—-])*"
)


_SEASON_OF = re.compile(
    r"\b(?:(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) season"
    r"|[Ss]eason (\d+)) of [“\"‘']?$"
)


def bracketed_entries(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Each known show followed by a bracket holding only its premiere day and network: a release."""
    text = sentence.text
    if not sentence.states:
        return []
    out: list[ExtractedFact] = []
    for start, end, title in ctx.titles_in(text):
        bracket = _ENTRY_BRACKET.match(text, end)
        if title not in ctx.shows or not bracket:
            continue
        inside = bracket.group(1)
        dates = [m for m in find_dates(inside, ctx.published) if not m.relative]
        if len(dates) != 1 or dates[0].day is None:
            continue
        rest = inside[: dates[0].start] + " " + inside[dates[0].end :]
        networks = find_networks(rest)
        for net_start, net_end, _name in reversed(networks):
            rest = rest[:net_start] + rest[net_end:]
        if len(networks) > 1 or not _ENTRY_FILLER.fullmatch(re.sub(r"\b(?:st|nd|rd|th)\b", "", rest)):
            continue
        day = forward_day(dates[0], dates[0].day, inside, "", ctx.published)
        network = networks[0][2] if networks else None
        # "the 5th season of Lost (January 21)", "season 3 of Mare Street (May 2)": that season's day.
        of_season = _SEASON_OF.search(text[max(0, start - 60) : start])
        season = parse_season_number(of_season.group(1) or of_season.group(2)) if of_season else None
        out.append(fact(FactKind.RELEASE, text, 0.7, show=title, season=season, date=day.isoformat(),
                        network=network))  # fmt: skip
    return out


def _fronted_year(sentence: Sentence, ctx: Context, fronted: str, year: int | None) -> list[ExtractedFact]:
    """ "Slated for an early 2017 debut on Showtime, the Pine Hollow series revival ...": a year's debut
    before the comma, the show it opens with right after it."""
    rest = sentence.text[len(fronted) :]
    named = ctx.titles_in(rest[:60])
    if year is None or not re.search(r"\b(?:debut|premiere|release|return|launch)\b", fronted):
        return []
    if not (named and named[0][2] in ctx.shows and _LEADS_TO_TITLE.match(rest[: named[0][0]])):
        return []
    theatrical = bool(re.search(r"(?i)theaters|theatres|cinemas", fronted))
    return [fact(FactKind.RELEASE, sentence.text, 0.5, show=named[0][2], year=year,
                 network=None if theatrical else _network(fronted))]  # fmt: skip
