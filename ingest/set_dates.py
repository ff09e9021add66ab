"""A premiere date someone sets, the date told last: "Netflix has set the launch date for Part 3 of 'Iron
Bay', its heist series, for Oct. 3", "HBO set a premiere date for the second season of X: June 1"; or the
date told first: "HBO has set a premiere date of Sunday, Oct. 20 for X", "X has set a premiere date of
March 3 on Peacock"."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import find_networks
from ingest.release_shapes import forward_day
from ingest.season_refs import parse_season_number
from ingest.sentences import Sentence

# "has set the launch date for <what>, ..., for": the date follows the second "for" (or a colon).
_SET_DATE = re.compile(
    r"\b(?:set|sets|has set|have set|setting|announced|confirmed|revealed|unveiled)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+)?(?:launch|premiere|release|debut|return)\s+date\s+for\s+(?P<what>[^.;:]{1,140}?)"
    r"(?:,?\s+for|:)\s+$"
)
# "has set a premiere date of": the date follows at once (a weekday may open it).
_DATE_OF = re.compile(
    r"\b(?:set|sets|has set|have set|setting|announced|confirmed|revealed|unveiled)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+)?(?:launch|premiere|release|debut|return)\s+date\s+of\s+(?:\w+day,?\s+)?$"
)
# What the date is for, right after it: "for Tidewater", "for the second season of Tidewater".
_FOR_WHAT = re.compile(r"(?:,?\s+\d{4})?,?\s+for\s+(?P<what>[^.;:]{1,140})")
# "Part 3 of", "Season 2 of", "the third season of": which season the date is for.
_PART = re.compile(
    r"^(?:(?:Part|Season|Series|Volume)\s+(?P<num>\d+|one|two|three|four|five|six)"
    r"|the\s+(?P<ord>\w+)\s+(?:season|series|part|installment))\s+of\b",
    re.IGNORECASE,
)


def set_date_releases(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """The release a sentence dates by saying a date was set for it."""
    text = sentence.text
    if not sentence.states or ("date for" not in text and "date of" not in text):
        return []
    out: list[ExtractedFact] = []
    for mention in find_dates(text, ctx.published):
        if mention.relative or mention.day is None:
            continue
        setting = _SET_DATE.search(text[max(0, mention.start - 220) : mention.start])
        if setting is not None:
            what = setting.group("what")
        elif _DATE_OF.search(text[max(0, mention.start - 80) : mention.start]):
            # The date first: what it is for follows it, else the sentence's subject set its own date.
            after = _FOR_WHAT.match(text, mention.end)
            what = after.group("what") if after else _subject(text, mention.start, ctx)
        else:
            continue
        named = [t for s, _e, t in ctx.titles_in(what) if t in ctx.shows and s <= 40]
        show = named[0] if named else None
        if show is None:
            continue
        part = _PART.match(what)
        season = parse_season_number(part.group("num") or part.group("ord")) if part else None
        networks = [n for _s, _e, n in find_networks(text)]
        day = forward_day(mention, mention.day, text, "will premiere", ctx.published)
        out.append(fact(FactKind.RELEASE, text, 0.8, show=show, season=season, date=day.isoformat(),
                        network=networks[0] if networks else None))  # fmt: skip
    return out


def _subject(text: str, date_start: int, ctx: Context) -> str:
    """The title opening the sentence when it is the one setting the date ("Glimmer Bay has set a premiere
    date of March 3"), else nothing."""
    spans = [s for s in ctx.titles_in(text[:date_start]) if s[2] in ctx.shows]
    if spans and spans[0][0] <= 2 and re.match(r"[”\"’']?\s+(?:has|have)\s+set\b", text[spans[0][1] :]):
        return spans[0][2]
    return ""
