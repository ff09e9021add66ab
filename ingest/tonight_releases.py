"""A premiere day told before the show is named: "Tonight's big premiere is the quirky comedy 'Pushing
Daisies,' which premieres at 8 p.m. on ABC", "Tonight ABC launches 'Gull Island'" (the article's own day),
and "on July 11th when Netflix will release its latest original program, Orange Is the New Black"."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import airing_networks
from ingest.release_shapes import forward_day
from ingest.sentences import Sentence
from ingest.title_patterns import GENRE, NET

_TONIGHT = re.compile(
    r"^(?:Tonight|Today)(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:premiere|debut|launch)\s+is\s+"
    rf"|,?\s+(?:{NET})\s+(?:launches|premieres|debuts|unveils|kicks off)\s+)"
)
# What may stand between the opening and the title: "the quirky comedy ", "its new drama “".
_TO_TITLE = re.compile(
    rf"(?:(?:the|its|a|an) (?:[\w-]+ ){{0,3}}?(?:(?:{GENRE}|program|programme),? )?)?[“\"‘']?$", re.IGNORECASE
)
# "on July 11th when Netflix will release ...": the day, then the network releasing the show.
_WHEN_RELEASED = re.compile(rf"\bon ([^,;]{{3,30}}?) when (?:{NET}) will (?:release|premiere|launch|debut) ")


def tonight_releases(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """The article's day as the premiere of the show the sentence names right after "Tonight's premiere is"
    or "Tonight <network> launches"."""
    text = sentence.text
    opening = _TONIGHT.match(text) or _WHEN_RELEASED.search(text)
    if opening is None or ctx.published is None or not sentence.states:
        return []
    told = text[: opening.end()] if opening.re is _TONIGHT else opening.group(1)
    days = [forward_day(m, m.day, told, "", ctx.published) for m in find_dates(told, ctx.published) if m.day]
    rest = text[opening.end() :]
    named = ctx.titles_in(rest[:80])
    if not days or not named or named[0][2] not in ctx.shows or not _TO_TITLE.fullmatch(rest[: named[0][0]]):
        return []
    networks = [name for _s, _e, name in airing_networks(text)]
    network = networks[0] if len(set(networks)) == 1 else None
    return [fact(FactKind.RELEASE, text, 0.7, show=named[0][2], date=days[0].isoformat(), network=network)]
